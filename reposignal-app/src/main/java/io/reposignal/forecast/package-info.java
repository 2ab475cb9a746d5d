/**
 * Breakout forecasts with a measured track record: calls that a repository will be among the top K
 * gainers (absolute or relative) of the next H days, made by a transparent logistic regression on
 * the signal engine's figures and trained walk-forward (only on outcomes known by the as-of day); a
 * walk-forward backtest against two baselines (GitHub-Trending-like 7-day stars, OSS Insight's
 * trending score adapted to daily snapshots); and the ledger of calls, resolved against the data
 * once their horizon has passed.
 */
package io.reposignal.forecast;
