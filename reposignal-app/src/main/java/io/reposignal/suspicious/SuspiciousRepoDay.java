package io.reposignal.suspicious;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * A repository-day with suspicious stars.
 *
 * @param repo the repository ("owner/name") as its last star that day named it
 * @param day the UTC day
 * @param stars every star GH Archive holds for it that day
 * @param suspiciousStars the stars judged suspicious
 * @param share suspiciousStars / stars, 0..1
 * @param detectors the detectors that fired on its suspicious stars
 * @param accounts a few suspicious stargazers' logins, the earliest first, as evidence
 */
@JsonPropertyOrder({"repo", "day", "stars", "suspicious_stars", "share", "detectors", "accounts"})
public record SuspiciousRepoDay(
    String repo,
    LocalDate day,
    int stars,
    @JsonProperty("suspicious_stars") int suspiciousStars,
    double share,
    List<String> detectors,
    List<String> accounts) {
  public SuspiciousRepoDay {
    requireNonNull(repo, "repo is null");
    requireNonNull(day, "day is null");
    if (suspiciousStars < 0 || suspiciousStars > stars) {
      throw new IllegalArgumentException(
          "suspicious stars must be in 0.." + stars + ": " + suspiciousStars);
    }
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be in 0..1: " + share);
    }
    detectors = List.copyOf(detectors);
    accounts = List.copyOf(accounts);
  }
}
