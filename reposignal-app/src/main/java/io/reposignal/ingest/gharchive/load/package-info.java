/**
 * Loading GH Archive hour files into the store: expanding the paths given, reading and aggregating
 * files in parallel with the core reader, and committing them one by one, exactly once, in a fixed
 * order, with bounded memory.
 */
package io.reposignal.ingest.gharchive.load;
