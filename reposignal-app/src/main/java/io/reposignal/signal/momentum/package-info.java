/**
 * Momentum: the figures read from a repository's own daily history up to a day (velocities,
 * acceleration, relative growth, a robust baseline and how far today is above it), where it stands
 * among all repositories that day, and the documented rules that name its shape (breakout,
 * spike-and-fade, slow-burn, sustained, cooling, steady) with the numbers that decided it.
 */
package io.reposignal.signal.momentum;
