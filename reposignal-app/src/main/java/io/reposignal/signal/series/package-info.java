/**
 * Source-neutral daily star series: per repository and day the stars gained or unknown, the total
 * or unknown, and flags (observed, interpolated, masked, estimated). The snapshot source reads the
 * derived snapshot tables; the GH Archive source turns WatchEvent counts into estimated gains by
 * the day's capture rate (unknown, never zero, on days without data; masked on partial days); the
 * reconciled source links the two by name and repo id, lets snapshot figures win and fills the rest
 * from events. {@link io.reposignal.signal.series.SeriesSources#forStore} picks the source a store
 * supports, and the signal engine never knows which one it reads.
 */
package io.reposignal.signal.series;
