package io.reposignal.spark;

import io.reposignal.ingest.gharchive.ActivityRow;
import io.reposignal.ingest.gharchive.HourAggregate;
import io.reposignal.ingest.gharchive.HourManifest;
import io.reposignal.ingest.gharchive.RepoDayRow;
import io.reposignal.ingest.gharchive.RepoMetaRow;
import io.reposignal.ingest.gharchive.StarRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables the job writes: one per store table, the same columns as in {@code
 * V003__gharchive.sql} with {@code file_order} (the file's place in the commit order) for {@code
 * file_id}, which the importer assigns, and {@code file_day} (the UTC day the file's name stands
 * for, or {@value #UNDATED}) as the partition column. Values are converted as {@code HourWriter}
 * stores them: "no repository" and "no organisation" as null, times in whole seconds as UTC wall
 * time (Parquet timestamps without a time zone).
 */
enum ParquetTables {
  GHA_FILE(
      "gha_file",
      fields(
          "file_key:string",
          "file_name:string",
          "hour:timestamp",
          "status:string",
          "compressed_bytes:long",
          "inflated_bytes:long",
          "lines:long",
          "events:long",
          "duplicates:long",
          "already_stored:long",
          "malformed:long",
          "undated:long",
          "fault:string",
          "malformed_samples:string"),
      ParquetTables::fileRows),
  GHA_FILE_TYPE(
      "gha_file_type", fields("event_type:string", "events:long"), ParquetTables::fileTypeRows),
  GHA_EVENT_ID("gha_event_id", fields("id:long"), ParquetTables::eventIdRows),
  GHA_REPO_DAY_PART(
      "gha_repo_day_part",
      fields(
          "repo_id:long",
          "repo_name:string",
          "day:date",
          "events:int",
          "stars:int",
          "forks:int",
          "pushes:int",
          "prs_opened:int",
          "prs_merged:int",
          "issues_opened:int",
          "releases:int"),
      ParquetTables::repoDayRows),
  GHA_ACTIVITY(
      "gha_activity",
      fields(
          "day:date",
          "actor_id:long",
          "repo_id:long",
          "org_id:long",
          "events:int",
          "type_mask:int"),
      ParquetTables::activityRows),
  GHA_STAR(
      "gha_star",
      fields(
          "event_id:long",
          "repo_id:long",
          "repo_name:string",
          "actor_id:long",
          "actor_login:string",
          "created_at:timestamp"),
      ParquetTables::starRows),
  GHA_REPO_META(
      "gha_repo_meta",
      fields(
          "repo_id:long",
          "repo_name:string",
          "day:date",
          "observed_at:timestamp",
          "event_id:long",
          "source:string",
          "language:string",
          "description:string",
          "stars:long",
          "forks:long",
          "repo_created_at:timestamp"),
      ParquetTables::metaRows);

  /** The partition of files whose name stands for no hour. */
  static final String UNDATED = "undated";

  static final String FILE_ORDER = "file_order";
  static final String FILE_DAY = "file_day";

  private final String table;
  private final StructType schema;
  private final Function<FileRead, List<Object[]>> rows;

  ParquetTables(String table, List<StructField> fields, Function<FileRead, List<Object[]>> rows) {
    List<StructField> all = new ArrayList<>();
    all.add(DataTypes.createStructField(FILE_ORDER, DataTypes.IntegerType, false));
    all.addAll(fields);
    all.add(DataTypes.createStructField(FILE_DAY, DataTypes.StringType, false));
    this.table = table;
    this.schema = DataTypes.createStructType(all);
    this.rows = rows;
  }

  /** The store table these rows go to, and the folder name under the output. */
  String table() {
    return table;
  }

  StructType schema() {
    return schema;
  }

  /** The Spark rows of one file's aggregate for this table. */
  List<Row> rows(FileRead read) {
    int fileOrder = read.file().order();
    String day = fileDay(read.aggregate().manifest());
    List<Object[]> values = rows.apply(read);
    List<Row> out = new ArrayList<>(values.size());
    for (Object[] v : values) {
      Object[] row = new Object[v.length + 2];
      row[0] = fileOrder;
      System.arraycopy(v, 0, row, 1, v.length);
      row[row.length - 1] = day;
      out.add(RowFactory.create(row));
    }
    return out;
  }

  /** The partition a file's rows go to: the UTC day its name stands for. */
  static String fileDay(HourManifest manifest) {
    return manifest.hour() == null
        ? UNDATED
        : LocalDate.ofEpochDay(Math.floorDiv(manifest.hour().getEpochSecond(), 86_400L)).toString();
  }

  private static List<StructField> fields(String... specs) {
    List<StructField> fields = new ArrayList<>(specs.length);
    for (String spec : specs) {
      String[] parts = spec.split(":", 2);
      DataType type =
          switch (parts[1]) {
            case "string" -> DataTypes.StringType;
            case "long" -> DataTypes.LongType;
            case "int" -> DataTypes.IntegerType;
            case "date" -> DataTypes.DateType;
            case "timestamp" -> DataTypes.TimestampNTZType;
            default -> throw new IllegalArgumentException("unknown type in " + spec);
          };
      fields.add(DataTypes.createStructField(parts[0], type, true));
    }
    return fields;
  }

  private static List<Object[]> fileRows(FileRead read) {
    HourAggregate a = read.aggregate();
    HourManifest m = a.manifest();
    return List.<Object[]>of(
        new Object[] {
          read.fileKey(),
          m.fileName(),
          time(m.hour()),
          m.status().label(),
          m.compressedBytes(),
          m.inflatedBytes(),
          m.lines(),
          m.events(),
          m.duplicates(),
          m.alreadyStored(),
          m.malformed(),
          m.undated(),
          m.fault(),
          m.malformedSamplesText()
        });
  }

  private static List<Object[]> fileTypeRows(FileRead read) {
    HourAggregate a = read.aggregate();
    List<Object[]> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : a.manifest().eventsByType().entrySet()) {
      out.add(new Object[] {e.getKey(), e.getValue()});
    }
    return out;
  }

  private static List<Object[]> eventIdRows(FileRead read) {
    HourAggregate a = read.aggregate();
    long[] keys = a.eventKeys(); // ascending, as HourAggregate holds them
    List<Object[]> out = new ArrayList<>(keys.length);
    for (long k : keys) {
      out.add(new Object[] {k});
    }
    return out;
  }

  private static List<Object[]> repoDayRows(FileRead read) {
    HourAggregate a = read.aggregate();
    List<Object[]> out = new ArrayList<>(a.repoDays().size());
    for (RepoDayRow r : a.repoDays()) {
      out.add(
          new Object[] {
            r.repoId(),
            r.repoName(),
            r.day(),
            r.events(),
            r.stars(),
            r.forks(),
            r.pushes(),
            r.prsOpened(),
            r.prsMerged(),
            r.issuesOpened(),
            r.releases()
          });
    }
    return out;
  }

  private static List<Object[]> activityRows(FileRead read) {
    HourAggregate a = read.aggregate();
    List<Object[]> out = new ArrayList<>(a.activity().size());
    for (ActivityRow r : a.activity()) {
      out.add(
          new Object[] {
            r.day(), r.actorId(), id(r.repoId()), id(r.orgId()), r.events(), r.typeMask()
          });
    }
    return out;
  }

  private static List<Object[]> starRows(FileRead read) {
    HourAggregate a = read.aggregate();
    List<Object[]> out = new ArrayList<>(a.stars().size());
    for (StarRow r : a.stars()) {
      out.add(
          new Object[] {
            r.eventKey(),
            id(r.repoId()),
            r.repoName(),
            id(r.actorId()),
            r.actorLogin(),
            time(r.createdAt())
          });
    }
    return out;
  }

  private static List<Object[]> metaRows(FileRead read) {
    HourAggregate a = read.aggregate();
    List<Object[]> out = new ArrayList<>(a.repoMeta().size());
    for (RepoMetaRow r : a.repoMeta()) {
      out.add(
          new Object[] {
            r.repoId(),
            r.repoName(),
            r.day(),
            time(r.observedAt()),
            r.eventKey(),
            r.source().label(),
            r.language(),
            r.description(),
            r.stars(),
            r.forks(),
            time(r.repoCreatedAt())
          });
    }
    return out;
  }

  private static Long id(long id) {
    return id == ActivityRow.NONE ? null : id;
  }

  /** Whole seconds, as the store keeps them. */
  private static LocalDateTime time(Instant instant) {
    return instant == null
        ? null
        : LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
  }
}
