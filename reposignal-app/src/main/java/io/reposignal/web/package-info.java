/**
 * The web dashboard, its JSON API under /api/v1/ and its Atom feeds, served by one process over the
 * store (read-only, or holding the one read-write connection while it keeps ingesting new snapshot
 * files). Pages are JTE templates with automatic HTML escaping; charts are drawn in the browser by
 * ECharts served from its WebJar, from JSON embedded in the page; every parameter is validated
 * before it reaches the store, and the store is queried with bound parameters only. Computed
 * windows are cached per day until the next ingest, since the data between ingests is immutable.
 */
package io.reposignal.web;
