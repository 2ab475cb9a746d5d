package io.reposignal.web;

/**
 * What orders the signal window. {@link #GAIN} ranks by stars gained over the chosen window; {@link
 * #SCORE} is the signal engine's score, named here so that the API and pages already accept it and
 * say plainly that it is not available yet.
 */
public enum RankBy {
  GAIN("gain", true),
  SCORE("score", false);

  private final String wire;
  private final boolean available;

  RankBy(String wire, boolean available) {
    this.wire = wire;
    this.available = available;
  }

  public String wire() {
    return wire;
  }

  /** False while the data behind this ranking is not computed by any part of RepoSignal yet. */
  public boolean available() {
    return available;
  }

  public static RankBy fromWire(String wire) {
    for (RankBy rank : values()) {
      if (rank.wire.equals(wire)) {
        return rank;
      }
    }
    return null;
  }
}
