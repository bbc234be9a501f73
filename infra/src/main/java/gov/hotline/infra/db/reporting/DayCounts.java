package gov.hotline.infra.db.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * One rollup row: its key and its counters, inserted as they are or, when the row for that key is
 * there already, added to it — the one upsert of the day tables, so that a counter is named once.
 */
final class DayCounts {
  private final Map<Field<?>, Object> key = new LinkedHashMap<>();
  private final Map<Field<?>, Object> counts = new LinkedHashMap<>();
  private final Map<Field<?>, Object> sums = new LinkedHashMap<>();

  <T> DayCounts key(Field<T> column, T value) {
    key.put(column, value);
    return this;
  }

  DayCounts count(Field<Long> column, long n) {
    counts.put(column, n);
    sums.put(column, column.plus(n));
    return this;
  }

  <R extends Record> void addTo(DSLContext tx, Table<R> table) {
    Map<Field<?>, Object> row = new LinkedHashMap<>(key);
    row.putAll(counts);
    tx.insertInto(table).set(row).onConflict(key.keySet()).doUpdate().set(sums).execute();
  }
}
