/**
 * Suspicious (likely fake) stars: four detectors over the stored GH Archive star events and
 * actor-day activity (low-activity stargazers, lockstep groups, intra-day bursts, young accounts),
 * a combination rule that convicts a star only on two independent hints or one strong one, the
 * derived tables {@code suspicious_star} and {@code suspicious_repo_day} rebuilt whenever the GH
 * Archive ledger changes, and the {@link io.reposignal.signal.score.SuspiciousStars} the signal
 * engine subtracts to get trusted figures.
 */
package io.reposignal.suspicious;
