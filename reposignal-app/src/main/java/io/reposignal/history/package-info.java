/**
 * A repository's history: its identity across renames (every name it had finds it) and its daily
 * star series with the source of each day's figures.
 */
package io.reposignal.history;
