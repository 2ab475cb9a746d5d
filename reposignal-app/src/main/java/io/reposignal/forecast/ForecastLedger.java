package io.reposignal.forecast;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The ledger of calls ({@code forecast_call}). A forecast is recorded once: the calls first made
 * for an as-of day, horizon, K and model version stand, so the track record cannot be improved by
 * re-running a forecast after the fact.
 */
public final class ForecastLedger {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Double>> FEATURES =
      new TypeReference<>() {};

  private final Store store;

  public ForecastLedger(Store store) {
    this.store = requireNonNull(store, "store is null");
  }

  /** A call as the ledger holds it. */
  public record Entry(Call call, LocalDate dataLastDay, Instant madeAt) {
    public Entry {
      requireNonNull(call, "call is null");
      requireNonNull(dataLastDay, "dataLastDay is null");
      requireNonNull(madeAt, "madeAt is null");
    }

    /** The call was made when the database ended on its as-of day, not in hindsight. */
    public boolean live() {
      return !dataLastDay.isAfter(call.asOf());
    }
  }

  /** The calls already recorded for this forecast, in rank order within each target. */
  public List<Entry> forecast(LocalDate asOf, int horizon, int top, String modelVersion) {
    return read(
        " WHERE as_of = ? AND horizon = ? AND top_k = ? AND model_version = ?",
        asOf,
        horizon,
        top,
        modelVersion);
  }

  /**
   * The latest calls: every call of the newest as-of day the ledger holds, by horizon, K, target
   * and rank; empty when the ledger is empty.
   */
  public List<Entry> latest() {
    return read(" WHERE as_of = (SELECT max(as_of) FROM forecast_call)");
  }

  /** Every call, by as-of day, horizon, K, target and rank. */
  public List<Entry> all() {
    return read("");
  }

  /**
   * Records {@code calls} made at {@code madeAt} from a database ending on {@code dataLastDay};
   * calls already recorded are kept as they are.
   */
  public void record(List<Call> calls, LocalDate dataLastDay, Instant madeAt) {
    String sql =
        "INSERT INTO forecast_call (as_of, horizon, top_k, target, model_version, call_rank,"
            + " repo, probability, features, data_last_day, made_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, epoch_ms(?)) ON CONFLICT DO NOTHING";
    store.inTransaction(
        connection -> {
          try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Call call : calls) {
              insert.setObject(1, call.asOf());
              insert.setInt(2, call.horizon());
              insert.setInt(3, call.top());
              insert.setString(4, call.target().label());
              insert.setString(5, call.modelVersion());
              insert.setInt(6, call.rank());
              insert.setString(7, call.repo());
              insert.setDouble(8, call.probability());
              insert.setString(9, JSON.writeValueAsString(call.features()));
              insert.setObject(10, dataLastDay);
              insert.setLong(11, madeAt.toEpochMilli());
              insert.addBatch();
            }
            insert.executeBatch();
          } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write features as JSON", e);
          }
          return null;
        });
  }

  private List<Entry> read(String where, Object... parameters) {
    String sql =
        "SELECT as_of, horizon, top_k, target, model_version, call_rank, repo, probability,"
            + " features, data_last_day, epoch_ms(made_at) FROM forecast_call"
            + where
            + " ORDER BY as_of, horizon, top_k, model_version, target, call_rank";
    List<Entry> entries = new ArrayList<>();
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          Call call =
              new Call(
                  rows.getObject(1, LocalDate.class),
                  rows.getInt(2),
                  rows.getInt(3),
                  Target.of(rows.getString(4)),
                  rows.getString(5),
                  rows.getInt(6),
                  rows.getString(7),
                  rows.getDouble(8),
                  JSON.readValue(rows.getString(9), FEATURES));
          entries.add(
              new Entry(
                  call,
                  rows.getObject(10, LocalDate.class),
                  Instant.ofEpochMilli(rows.getLong(11))));
        }
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException("cannot read the forecast ledger: " + e.getMessage(), e);
    }
    return entries;
  }

  /** How many calls the ledger holds. */
  public long size() {
    try (Statement statement = store.connection().createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM forecast_call")) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count the forecast ledger: " + e.getMessage(), e);
    }
  }
}
