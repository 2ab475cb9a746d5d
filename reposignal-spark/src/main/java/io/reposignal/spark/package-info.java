/**
 * The GH Archive ingest on Apache Spark: hour files listed from any Hadoop file system, read on the
 * executors by the core's {@code HourFileReader} (the embedded ingester's very code), events
 * counted once across files by the embedded ingester's rule (the first file in commit order keeps
 * an event), and the embedded ingester's rows written as Parquet partitioned by the file's day, for
 * {@code reposignal import parquet}.
 */
package io.reposignal.spark;
