/**
 * Reading the daily star snapshots of EvanLi/Github-Ranking: one RFC 4180 CSV file per day with 36
 * top-100 lists. Descriptions are untrusted text and stay data.
 */
package io.reposignal.ingest.rankings;
