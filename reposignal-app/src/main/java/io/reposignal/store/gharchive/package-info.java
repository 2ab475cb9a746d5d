/**
 * The GH Archive tables of the store: writing one hour file's rows together with its ledger row,
 * and reading per-day star counts and coverage back for the signal engine.
 */
package io.reposignal.store.gharchive;
