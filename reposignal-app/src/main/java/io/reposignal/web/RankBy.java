package io.reposignal.web;

/**
 * What orders the signal window. {@link #SCORE} is the signal engine's score (the CLI's window, the
 * default); {@link #GAIN} ranks by stars gained over the chosen gain window (24h, 7d or 30d).
 */
public enum RankBy {
  SCORE("score"),
  GAIN("gain");

  private final String wire;

  RankBy(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
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
