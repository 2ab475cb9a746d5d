/**
 * Signals computed from star series: gains over 1, 7 and 30 days, growth relative to size, the
 * signal window and its language map. Computations are pure functions over series read from the
 * store, so the CLI, reports, the web and backtests share them.
 */
package io.reposignal.signal;
