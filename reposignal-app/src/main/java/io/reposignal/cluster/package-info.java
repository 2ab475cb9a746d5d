/**
 * Clusters of repositories that independent teams build around the same problem: text similarity
 * (TF-IDF over names, descriptions and topics, tokenised with Lucene analyzers), audience
 * similarity (accounts starring both), a mutual-nearest-neighbour similarity graph cut into
 * clusters of at least three owners, a label from each cluster's distinctive terms, and the
 * cluster's size and combined star velocity 30, 60 and 90 days earlier.
 */
package io.reposignal.cluster;
