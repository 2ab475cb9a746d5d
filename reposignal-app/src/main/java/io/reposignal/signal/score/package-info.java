/**
 * The signal score that ranks the window (percentiles of trusted velocity, acceleration, relative
 * growth and persistence, so the heavy tail cannot flatten the ranking) and the seam through which
 * suspicious stars are taken out of every figure before it is read.
 */
package io.reposignal.signal.score;
