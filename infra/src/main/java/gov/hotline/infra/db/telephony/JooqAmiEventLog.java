package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.schema.telephony.Tables.AMI_EVENT;
import static gov.hotline.infra.db.schema.telephony.Tables.AMI_FOLD_ERROR;

import gov.hotline.infra.db.Times;
import gov.hotline.telephony.domain.AmiMessage;
import gov.hotline.telephony.domain.KnownEvents;
import gov.hotline.telephony.domain.ReceivedMessage;
import gov.hotline.telephony.port.AmiEventLog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;

/**
 * The raw AMI event log in {@code telephony.ami_event}. A batch is appended with one {@code COPY …
 * FROM STDIN} in the caller's transaction: at tens of thousands of messages a second, rendering and
 * binding a multi-row INSERT through jOOQ (11 bind values a row) cost more than PostgreSQL took to
 * store the rows.
 */
final class JooqAmiEventLog implements AmiEventLog {
  static final short MALFORMED = 1;
  static final short OVERSIZE = 2;
  static final short TRUNCATED = 4;
  static final short UNKNOWN = 8;
  private static final String COPY =
      "COPY telephony.ami_event (server_id, received_at, session_id, seq, kind, name, "
          + "linkedid, uniqueid, event_at, flags, raw) FROM STDIN";

  private final DSLContext db;
  private final AmiEventPartitions partitions;

  JooqAmiEventLog(DSLContext db, AmiEventPartitions partitions) {
    this.db = db;
    this.partitions = partitions;
  }

  @Override
  public void append(List<ReceivedMessage> messages) {
    if (messages.isEmpty()) {
      return;
    }
    LocalDate first = utcDay(messages.getFirst().receivedAt());
    LocalDate last = utcDay(messages.getLast().receivedAt());
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      partitions.ensure(d);
    }
    StringBuilder rows = new StringBuilder(messages.size() * 640);
    for (ReceivedMessage rm : messages) {
      CopyText.row(rows, rm, flags(rm.message()));
    }
    byte[] data = rows.toString().getBytes(StandardCharsets.UTF_8);
    db.connection(
        c ->
            c.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn(COPY, new ByteArrayInputStream(data), 1 << 16));
  }

  @Override
  public void flagFoldError(ReceivedMessage message, String error, Instant at) {
    db.insertInto(AMI_FOLD_ERROR)
        .set(AMI_FOLD_ERROR.SERVER_ID, message.serverId())
        .set(AMI_FOLD_ERROR.RECEIVED_AT, Times.offset(message.receivedAt()))
        .set(AMI_FOLD_ERROR.SESSION_ID, message.sessionId())
        .set(AMI_FOLD_ERROR.SEQ, message.seq())
        .set(AMI_FOLD_ERROR.NAME, message.message().name())
        .set(AMI_FOLD_ERROR.LINKEDID, message.message().get("Linkedid"))
        .set(AMI_FOLD_ERROR.ERROR, error)
        .set(AMI_FOLD_ERROR.FAILED_AT, Times.offset(at))
        .onConflictDoNothing()
        .execute();
  }

  @Override
  public long count(String serverId, Instant from, Instant to) {
    return db.selectCount()
        .from(AMI_EVENT)
        .where(
            AMI_EVENT.SERVER_ID.eq(serverId),
            AMI_EVENT.RECEIVED_AT.ge(Times.offset(from)),
            AMI_EVENT.RECEIVED_AT.lt(Times.offset(to)))
        .fetchOne(0, Long.class);
  }

  static short flags(AmiMessage m) {
    int f = 0;
    if (m.malformedLines() > 0 || m.kind() == AmiMessage.Kind.MALFORMED) {
      f |= MALFORMED;
    }
    if (m.oversize()) {
      f |= OVERSIZE;
    }
    if (m.truncated()) {
      f |= TRUNCATED;
    }
    if (m.kind() == AmiMessage.Kind.EVENT && !KnownEvents.isKnown(m.name())) {
      f |= UNKNOWN;
    }
    return (short) f;
  }

  private static LocalDate utcDay(Instant t) {
    return LocalDate.ofInstant(t, ZoneOffset.UTC);
  }
}
