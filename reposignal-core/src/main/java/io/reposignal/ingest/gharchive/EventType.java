package io.reposignal.ingest.gharchive;

/**
 * The GitHub event types GH Archive holds, old and new. Each has a bit for the compact "types seen"
 * masks of the actor activity rows; {@link #OTHER} stands for every type not listed here, whose
 * name is still counted in the hour manifest.
 */
public enum EventType {
  PUSH("PushEvent"),
  CREATE("CreateEvent"),
  DELETE("DeleteEvent"),
  FORK("ForkEvent"),
  WATCH("WatchEvent"),
  ISSUES("IssuesEvent"),
  ISSUE_COMMENT("IssueCommentEvent"),
  PULL_REQUEST("PullRequestEvent"),
  PULL_REQUEST_REVIEW("PullRequestReviewEvent"),
  PULL_REQUEST_REVIEW_COMMENT("PullRequestReviewCommentEvent"),
  PULL_REQUEST_REVIEW_THREAD("PullRequestReviewThreadEvent"),
  COMMIT_COMMENT("CommitCommentEvent"),
  RELEASE("ReleaseEvent"),
  MEMBER("MemberEvent"),
  PUBLIC("PublicEvent"),
  GOLLUM("GollumEvent"),
  DISCUSSION("DiscussionEvent"),
  GIST("GistEvent"),
  FOLLOW("FollowEvent"),
  DOWNLOAD("DownloadEvent"),
  FORK_APPLY("ForkApplyEvent"),
  TEAM_ADD("TeamAddEvent"),
  SPONSORSHIP("SponsorshipEvent"),
  OTHER("");

  private static final EventType[] KNOWN = values();

  private final String typeName;
  private final byte[] nameBytes;

  EventType(String typeName) {
    this.typeName = typeName;
    this.nameBytes = typeName.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** The name GH Archive writes in {@code type}; empty for {@link #OTHER}. */
  public String typeName() {
    return typeName;
  }

  /** This type's bit in a types-seen mask. */
  public int bit() {
    return 1 << ordinal();
  }

  /** The type whose name is the raw bytes {@code [from, to)}; {@link #OTHER} when none is. */
  static EventType fromBytes(byte[] bytes, int from, int to) {
    int length = to - from;
    for (EventType type : KNOWN) {
      byte[] name = type.nameBytes;
      if (name.length == length && name.length > 0 && sameBytes(name, bytes, from)) {
        return type;
      }
    }
    return OTHER;
  }

  private static boolean sameBytes(byte[] name, byte[] bytes, int from) {
    for (int i = name.length - 1; i >= 0; i--) {
      if (name[i] != bytes[from + i]) {
        return false;
      }
    }
    return true;
  }

  /** The names of the types in {@code mask}, in declaration order ({@code OTHER} as "other"). */
  public static java.util.List<String> namesIn(int mask) {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (EventType type : KNOWN) {
      if ((mask & type.bit()) != 0) {
        names.add(type == OTHER ? "other" : type.typeName);
      }
    }
    return names;
  }
}
