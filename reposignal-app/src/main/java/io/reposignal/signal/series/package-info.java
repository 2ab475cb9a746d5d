/**
 * Source-neutral daily star series: per repository and day the stars gained or unknown, the total
 * or unknown, and flags (observed, interpolated, masked, estimated). The snapshot source reads the
 * derived snapshot tables; a GH Archive source (estimated gains) plugs in behind the same
 * interface, and the signal engine never knows which one it reads.
 */
package io.reposignal.signal.series;
