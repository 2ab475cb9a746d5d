package io.reposignal.ingest.gharchive;

import io.reposignal.io.CompressedInput;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongPredicate;
import java.util.zip.GZIPInputStream;

/**
 * Reads one GH Archive hour file ({@code .json.gz} or plain {@code .json}, told apart by its bytes)
 * and aggregates its events. Bad input never throws: a truncated or corrupt gzip keeps the events
 * read before the fault and says where it broke; malformed lines are skipped, counted and the first
 * few quoted; a file that is neither gzip nor JSON comes back {@link HourStatus#CORRUPT}. Only a
 * failure to open the file at all throws.
 *
 * <p>One reader per thread: it keeps its buffers from file to file. Pure Java with no global state,
 * so a Spark job can run one per task.
 */
public final class HourFileReader {
  /** How many malformed lines a manifest quotes. */
  public static final int SAMPLES = 5;

  private static final int READ_CHUNK = 1 << 20;
  private static final int MAX_LINE = 64 << 20;
  private static final int EXCERPT = 100;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final EventLineParser parser = new EventLineParser();
  private final RawEvent event = new RawEvent();
  private final HourAggregator.Tables tables = new HourAggregator.Tables();
  private byte[] buf = new byte[2 * READ_CHUNK];

  /** Events of the previous file read, to size the next file's tables. */
  private int lastEvents;

  /**
   * Reads a file from disk; see {@link #read(String, InputStream, LongPredicate)}. A file can be
   * read twice, so the first reading trusts its event keys to be unique and keeps no set of them;
   * only a file where a key does repeat is read again, with the set.
   */
  public HourAggregate read(Path file, LongPredicate alreadyStored) throws IOException {
    String name = file.getFileName().toString();
    if (lastEvents == 0) {
      // No earlier file to size the tables by: about 200 compressed bytes an event.
      lastEvents = (int) Math.min(1 << 22, Files.size(file) / 200);
    }
    try (InputStream in = Files.newInputStream(file)) {
      HourAggregate once = read(name, in, alreadyStored, false);
      if (once != null) {
        return once;
      }
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(name, in, alreadyStored, true);
    }
  }

  /**
   * Reads and aggregates one hour file.
   *
   * @param fileName the file's name, for the manifest's hour and for messages
   * @param raw the file's bytes as stored (compressed or not); not closed here
   * @param alreadyStored says which event keys the store already holds; those are not counted
   */
  public HourAggregate read(String fileName, InputStream raw, LongPredicate alreadyStored) {
    return read(fileName, raw, alreadyStored, true);
  }

  /** Null when {@code checkRepeats} is false and a key repeats: then read it again with it. */
  private HourAggregate read(
      String fileName, InputStream raw, LongPredicate alreadyStored, boolean checkRepeats) {
    Run run =
        new Run(fileName, new HourAggregator(alreadyStored, lastEvents, checkRepeats, tables));
    CountingInputStream counted = new CountingInputStream(raw);
    InputStream in;
    try {
      BufferedInputStream buffered = new BufferedInputStream(counted, 1 << 16);
      in = CompressedInput.isGzip(buffered) ? new GZIPInputStream(buffered, 1 << 16) : buffered;
    } catch (IOException e) {
      run.fault =
          String.format(
              Locale.ROOT,
              "%s: unreadable gzip header (%s); the file is corrupt: download it again",
              fileName,
              e.getMessage());
      return run.finish(counted.count(), 0);
    }
    readLines(in, run, counted);
    if (!checkRepeats && run.aggregator.repeatsKeys()) {
      return null;
    }
    HourAggregate aggregate = run.finish(counted.count(), run.inflated);
    lastEvents = (int) Math.min(Integer.MAX_VALUE / 2, aggregate.manifest().events());
    return aggregate;
  }

  private void readLines(InputStream in, Run run, CountingInputStream counted) {
    int filled = 0;
    int lineStart = 0;
    int scanFrom = 0;
    boolean skippingLongLine = false;
    while (true) {
      if (buf.length - filled < READ_CHUNK) {
        if (lineStart > 0) {
          System.arraycopy(buf, lineStart, buf, 0, filled - lineStart);
          filled -= lineStart;
          scanFrom -= lineStart;
          lineStart = 0;
        } else if (buf.length < MAX_LINE + 2 * READ_CHUNK) {
          buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        } else {
          // one line longer than MAX_LINE: drop what we have and skip to its end
          if (!skippingLongLine) {
            run.malformed(buf, 0, Math.min(filled, EXCERPT), 0, "a line longer than 64 MB");
          }
          skippingLongLine = true;
          filled = 0;
          scanFrom = 0;
        }
      }
      int n;
      try {
        n = in.read(buf, filled, buf.length - filled);
      } catch (EOFException e) {
        run.faultAt(
            counted.count(),
            filled - lineStart,
            "unexpected end of the gzip stream (the file is truncated)");
        return;
      } catch (IOException e) {
        run.faultAt(
            counted.count(), filled - lineStart, "corrupt gzip data (" + e.getMessage() + ")");
        return;
      }
      if (n < 0) {
        break;
      }
      run.inflated += n;
      if (run.lines == 0 && filled == 0 && !run.firstByteChecked) {
        if (!looksLikeJson(buf, 0, n, run)) {
          return;
        }
      }
      filled += n;
      int nl;
      while ((nl = indexOfNewline(buf, scanFrom, filled)) >= 0) {
        if (skippingLongLine) {
          skippingLongLine = false;
        } else {
          line(run, lineStart, nl);
        }
        lineStart = nl + 1;
        scanFrom = lineStart;
      }
      scanFrom = filled;
    }
    if (lineStart < filled && !skippingLongLine) {
      line(run, lineStart, filled);
    }
  }

  /** Rejects a file at once when its first non-blank byte cannot start a JSON object. */
  private static boolean looksLikeJson(byte[] b, int from, int to, Run run) {
    for (int i = from; i < to; i++) {
      byte x = b[i];
      if (x == ' ' || x == '\n' || x == '\r' || x == '\t') {
        continue;
      }
      run.firstByteChecked = true;
      if (x != '{') {
        String start = printable(b, i, Math.min(to, i + 40));
        run.fault =
            String.format(
                Locale.ROOT,
                "%s is neither gzip nor GH Archive JSON (it starts with \"%s\"); expected an hour"
                    + " file of one JSON event per line, gzipped or not",
                run.fileName,
                start);
        run.rejected = true;
        return false;
      }
      return true;
    }
    return true;
  }

  private void line(Run run, int from, int to) {
    int end = to;
    while (end > from && (buf[end - 1] == '\r' || buf[end - 1] == ' ' || buf[end - 1] == '\t')) {
      end--;
    }
    run.lineNumber++;
    if (end == from) {
      return;
    }
    run.lines++;
    try {
      parser.parse(buf, from, end, event);
      run.aggregator.add(event, parser.cursor());
    } catch (MalformedLineException e) {
      run.malformed(buf, from, end, e.column(), e.getMessage());
    }
  }

  /** The offset of the first '\n' in {@code [from, to)}, 8 bytes at a time; -1 if none. */
  static int indexOfNewline(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long word = (long) LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL;
      long zeroBytes = (word - 0x0101010101010101L) & ~word & 0x8080808080808080L;
      if (zeroBytes != 0) {
        return i + (Long.numberOfTrailingZeros(zeroBytes) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  static String printable(byte[] b, int from, int to) {
    String text = new String(b, from, to - from, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      out.append(ch < 0x20 || ch == 0x7f || ch == '\ufffd' ? '?' : ch);
    }
    return out.toString();
  }

  /** The state of reading one file. */
  private static final class Run {
    final String fileName;
    final HourAggregator aggregator;
    final List<MalformedLine> samples = new ArrayList<>();
    long lineNumber;
    long lines;
    long malformed;
    long inflated;
    boolean firstByteChecked;
    boolean rejected;
    String fault;

    Run(String fileName, HourAggregator aggregator) {
      this.fileName = fileName;
      this.aggregator = aggregator;
    }

    void malformed(byte[] b, int from, int to, int column, String reason) {
      malformed++;
      if (samples.size() < SAMPLES) {
        String excerpt = printable(b, from, Math.min(to, from + EXCERPT));
        samples.add(
            new MalformedLine(
                fileName,
                lineNumber,
                column,
                reason,
                to - from > EXCERPT ? excerpt + "..." : excerpt));
      }
    }

    void faultAt(long compressedOffset, int droppedBytes, String what) {
      fault =
          String.format(
              Locale.ROOT,
              "%s: %s within the first %,d compressed bytes, after line %,d (%,d bytes inflated); %,d events kept"
                  + "%s",
              fileName,
              what,
              compressedOffset,
              lineNumber,
              inflated,
              aggregator.counted(),
              droppedBytes > 0 ? ", the incomplete last line dropped" : "");
    }

    HourAggregate finish(long compressedBytes, long inflatedBytes) {
      long counted = aggregator.counted();
      long parsed = counted + aggregator.duplicates() + aggregator.alreadyStored();
      HourStatus status;
      if (rejected) {
        status = HourStatus.CORRUPT;
      } else if (fault != null) {
        status = parsed > 0 ? HourStatus.PARTIAL : HourStatus.CORRUPT;
      } else if (parsed == 0 && malformed > 0) {
        status = HourStatus.CORRUPT;
        fault =
            String.format(
                Locale.ROOT,
                "%s: none of its %,d lines is a GH Archive event; expected one JSON event per line",
                fileName,
                lines);
      } else {
        status = parsed == 0 ? HourStatus.EMPTY : HourStatus.OK;
      }
      HourManifest manifest =
          new HourManifest(
              fileName,
              HourNames.hourOf(fileName),
              status,
              compressedBytes,
              inflatedBytes,
              lines,
              counted,
              aggregator.duplicates(),
              aggregator.alreadyStored(),
              malformed,
              samples,
              aggregator.undated(),
              new java.util.TreeMap<>(aggregator.eventsByType()),
              fault);
      return aggregator.finish(manifest);
    }
  }

  /** Counts the compressed bytes read, to say where a broken file broke. */
  private static final class CountingInputStream extends FilterInputStream {
    private long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
