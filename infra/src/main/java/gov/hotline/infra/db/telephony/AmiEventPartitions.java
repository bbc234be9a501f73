package gov.hotline.infra.db.telephony;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;

/**
 * Makes sure the daily partition of {@code telephony.ami_event} exists before rows of that day are inserted; days
 * already ensured by this process are remembered, so the database is asked once per day.
 */
final class AmiEventPartitions {
  private final Set<LocalDate> ensured = ConcurrentHashMap.newKeySet();

  void ensure(DSLContext db, LocalDate utcDay) {
    if (ensured.contains(utcDay)) {
      return;
    }
    db.execute("SELECT telephony.ensure_ami_event_partition(?::date)", utcDay.toString());
    ensured.add(utcDay);
  }
}
