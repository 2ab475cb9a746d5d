package io.reposignal.signal.momentum;

import static java.util.Objects.requireNonNull;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The reasons of a classification, an immutable list of sentences formatted ({@link String#format}
 * in {@link Locale#ROOT}) only when first read. The engine classifies every repository of a day,
 * thousands of them, for the signal window, the clusters, the article and every training day of a
 * forecast, while readers look at the reasons of a handful: formatting them all up front was most
 * of the engine's time. A sentence reads the same whenever it is formatted: the pattern and its
 * arguments (numbers and strings) are fixed when the reason is added.
 */
public final class Reasons extends AbstractList<String> implements RandomAccess {
  private static final Reasons NONE = new Reasons(new String[0], new String[0], new Object[0][]);

  /** Text put before a reason as it is (null for none): "not sustained: " and the like. */
  private final String[] prefixes;

  private final String[] patterns;
  private final Object[][] arguments;

  /**
   * The formatted sentences, filled on first read. Racing readers at worst format a sentence twice
   * and store equal immutable strings, so no lock is needed.
   */
  private final String[] texts;

  private Reasons(String[] prefixes, String[] patterns, Object[][] arguments) {
    this.prefixes = prefixes;
    this.patterns = patterns;
    this.arguments = arguments;
    this.texts = new String[patterns.length];
  }

  /** One reason: {@code pattern} formatted with {@code arguments} when read. */
  public static Reasons of(String pattern, Object... arguments) {
    return new Builder().add(pattern, arguments).build();
  }

  /**
   * Reasons worked out by {@code explanation} when first read (it must give the same reasons
   * whenever it runs): a classification decides its class at once and explains it on demand.
   */
  public static List<String> later(Supplier<List<String>> explanation) {
    return new Later(requireNonNull(explanation, "explanation is null"));
  }

  /**
   * {@code reasons} as an immutable list: itself when it already is one of these lazy lists
   * (nothing is worked out or formatted), else a copy.
   */
  public static List<String> immutable(List<String> reasons) {
    requireNonNull(reasons, "reasons is null");
    return reasons instanceof Reasons || reasons instanceof Later ? reasons : List.copyOf(reasons);
  }

  @Override
  public String get(int index) {
    String text = texts[index];
    if (text == null) {
      Object[] args = arguments[index];
      text = args == null ? patterns[index] : String.format(Locale.ROOT, patterns[index], args);
      text = prefixes[index] == null ? text : prefixes[index] + text;
      texts[index] = text;
    }
    return text;
  }

  @Override
  public int size() {
    return patterns.length;
  }

  /** Reasons explained when first read; see {@link #later}. */
  private static final class Later extends AbstractList<String> implements RandomAccess {
    private final Supplier<List<String>> explanation;

    /**
     * The explanation once run. Racing readers at worst run it twice and keep equal immutable
     * lists, so no lock is needed.
     */
    private List<String> explained;

    Later(Supplier<List<String>> explanation) {
      this.explanation = explanation;
    }

    private List<String> explained() {
      List<String> reasons = explained;
      if (reasons == null) {
        reasons = immutable(explanation.get());
        explained = reasons;
      }
      return reasons;
    }

    @Override
    public String get(int index) {
      return explained().get(index);
    }

    @Override
    public int size() {
      return explained().size();
    }
  }

  /** Collects reasons in order; {@link #build} freezes them. */
  public static final class Builder {
    private final List<String> prefixes = new ArrayList<>();
    private final List<String> patterns = new ArrayList<>();
    private final List<Object[]> arguments = new ArrayList<>();

    /** Adds {@code pattern} formatted with {@code arguments} (a plain sentence without any). */
    public Builder add(String pattern, Object... arguments) {
      this.prefixes.add(null);
      this.patterns.add(requireNonNull(pattern, "pattern is null"));
      this.arguments.add(arguments.length == 0 ? null : arguments.clone());
      return this;
    }

    /** Adds every reason of {@code other}, each read with {@code prefix} (taken as it is) first. */
    public Builder addAll(String prefix, Builder other) {
      requireNonNull(prefix, "prefix is null");
      for (int i = 0; i < other.patterns.size(); i++) {
        String before = other.prefixes.get(i);
        prefixes.add(before == null ? prefix : prefix + before);
        patterns.add(other.patterns.get(i));
        arguments.add(other.arguments.get(i));
      }
      return this;
    }

    public Builder clear() {
      prefixes.clear();
      patterns.clear();
      arguments.clear();
      return this;
    }

    public Reasons build() {
      if (patterns.isEmpty()) {
        return NONE;
      }
      return new Reasons(
          prefixes.toArray(String[]::new),
          patterns.toArray(String[]::new),
          arguments.toArray(Object[][]::new));
    }
  }
}
