package gov.hotline.infra.db.telephony;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;

/**
 * Makes sure the daily partition of {@code telephony.ami_event} exists before rows of that day are
 * inserted; days already ensured by this process are remembered, so the database is asked once per
 * day. The partition is created outside the caller's transaction (on a connection of its own,
 * committed at once): created inside it, a rollback of that transaction would take the partition
 * away while this cache still said it was there, and every later append of that day would fail.
 */
final class AmiEventPartitions {
  private final DSLContext root;
  private final Set<LocalDate> ensured = ConcurrentHashMap.newKeySet();

  AmiEventPartitions(DSLContext root) {
    this.root = root;
  }

  void ensure(LocalDate utcDay) {
    if (ensured.contains(utcDay)) {
      return;
    }
    root.execute("SELECT telephony.ensure_ami_event_partition(?::date)", utcDay.toString());
    ensured.add(utcDay);
  }
}
