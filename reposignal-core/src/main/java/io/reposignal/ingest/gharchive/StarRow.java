package io.reposignal.ingest.gharchive;

import java.io.Serializable;
import java.time.Instant;

/**
 * One star (a WatchEvent), kept whole for fake-star and co-stargazer analysis.
 *
 * @param eventKey the event id, or a key derived from the line (negative)
 * @param repoId {@link ActivityRow#NONE} when the event names no repository
 * @param actorId {@link ActivityRow#NONE} when the event names no actor
 * @param createdAt null when the event carries no readable time
 */
public record StarRow(
    long eventKey, long repoId, String repoName, long actorId, String actorLogin, Instant createdAt)
    implements Serializable {}
