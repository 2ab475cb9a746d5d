package io.reposignal.ingest.gharchive;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;

/**
 * Everything one hour file contributes to the store: its manifest, the keys of the events it
 * counted in ascending order (for de-duplication against other files) and the rows of each
 * aggregate. Rows of several files merge by addition, and distinct counts by counting rows, so no
 * file's rows depend on another's.
 */
public record HourAggregate(
    HourManifest manifest,
    long[] eventKeys,
    List<RepoDayRow> repoDays,
    List<ActivityRow> activity,
    List<StarRow> stars,
    List<RepoMetaRow> repoMeta)
    implements Serializable {
  public HourAggregate {
    requireNonNull(manifest, "manifest is null");
    eventKeys = requireNonNull(eventKeys, "eventKeys is null").clone();
    // Writers look keys up by binary search and keep a file's range as its first and last key.
    for (int i = 1; i < eventKeys.length; i++) {
      if (eventKeys[i] < eventKeys[i - 1]) {
        throw new IllegalArgumentException("eventKeys are not in ascending order at " + i);
      }
    }
    repoDays = repoDays instanceof CompactRows<?> ? repoDays : List.copyOf(repoDays);
    activity = activity instanceof CompactRows<?> ? activity : List.copyOf(activity);
    stars = List.copyOf(stars);
    repoMeta = List.copyOf(repoMeta);
  }
}
