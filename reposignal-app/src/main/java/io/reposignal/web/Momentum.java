package io.reposignal.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The momentum classes of the signal engine (issue 5), as the filter of the signal window accepts
 * them. The engine does not classify repositories yet: the pages show the filter as not available
 * and the API answers a momentum filter with a clear "not available yet" error. When the engine
 * lands, this enum gives way to its own class list.
 */
public enum Momentum {
  BREAKOUT("breakout"),
  SUSTAINED("sustained"),
  SPIKE_AND_FADE("spike-and-fade"),
  SLOW_BURN("slow-burn"),
  STEADY("steady"),
  COOLING("cooling");

  /** Whether any part of RepoSignal computes momentum classes yet. */
  public static final boolean AVAILABLE = false;

  private final String wire;

  Momentum(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Momentum fromWire(String wire) {
    for (Momentum momentum : values()) {
      if (momentum.wire.equals(wire)) {
        return momentum;
      }
    }
    return null;
  }

  public static String names() {
    return Arrays.stream(values()).map(Momentum::wire).collect(Collectors.joining(", "));
  }
}
