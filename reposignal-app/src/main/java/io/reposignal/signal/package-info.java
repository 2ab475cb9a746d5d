/**
 * The signal engine: per repository and day the raw and trusted star gains, momentum and signal
 * score (from {@code series}, {@code momentum} and {@code score}); the signal window ranked by the
 * score and its language map with the shift against 30 and 90 days earlier. Computations are pure
 * functions over series read from a source, so the CLI, reports, the web and backtests share them.
 */
package io.reposignal.signal;
