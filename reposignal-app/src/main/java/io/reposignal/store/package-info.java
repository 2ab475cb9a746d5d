/**
 * The embedded DuckDB store: opening the file, migrating its schema, and running work in
 * transactions. The store is the only state RepoSignal shares between commands and processes.
 */
package io.reposignal.store;
