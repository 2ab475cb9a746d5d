package io.reposignal.signal.momentum;

import com.fasterxml.jackson.annotation.JsonValue;

/** The shape of a repository's recent star history; the rules are in {@link MomentumRules}. */
public enum Momentum {
  BREAKOUT("breakout"),
  SPIKE_AND_FADE("spike-and-fade"),
  SLOW_BURN("slow-burn"),
  SUSTAINED("sustained"),
  COOLING("cooling"),
  STEADY("steady");

  private final String label;

  Momentum(String label) {
    this.label = label;
  }

  /** The name used in JSON and tables. */
  @JsonValue
  public String label() {
    return label;
  }
}
