package io.reposignal.forecast;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a call predicts a repository will be among the top of, over the days after the as-of day D
 * up to the horizon's end E (the last snapshot day on or before D + H): the gainers by absolute
 * stars, {@code stars(E) - stars(D)}, or by relative growth, {@code (stars(E) - stars(D)) /
 * stars(D)}.
 */
public enum Target {
  ABSOLUTE("absolute"),
  RELATIVE("relative");

  private final String label;

  Target(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  /** The figure gainers are ranked by, from the total on the as-of day and the stars gained. */
  public double value(int starsAtAsOf, int gained) {
    return switch (this) {
      case ABSOLUTE -> gained;
      case RELATIVE -> gained / (double) Math.max(starsAtAsOf, 1);
    };
  }

  /** The target named {@code label} ("absolute" or "relative"). */
  public static Target of(String label) {
    for (Target target : values()) {
      if (target.label.equals(label)) {
        return target;
      }
    }
    throw new IllegalArgumentException("unknown target '" + label + "'");
  }
}
