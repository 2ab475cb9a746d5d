package io.reposignal.enrich;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Which repositories to enrich, most important first. Today the snapshot leaders; later the signal
 * window, forecast candidates and cluster members, each as another source.
 */
@FunctionalInterface
public interface CandidateSource {
  /** All candidates in order of importance; the run applies staleness and the limit. */
  List<Candidate> candidates(Connection connection) throws SQLException;
}
