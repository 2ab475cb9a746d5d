/**
 * Reading GH Archive hour files and aggregating their events into the rows RepoSignal keeps:
 * repository-day activity, every star, what each actor did on each repository and day, repository
 * names and metadata, and a manifest per file. Both formats (2011-2014 Timeline, 2015+ Events API)
 * are read by one fast byte-level parser that skips the payloads it does not need. Pure Java with
 * no database and no global state, so the embedded ingester and a Spark job share it.
 */
package io.reposignal.ingest.gharchive;
