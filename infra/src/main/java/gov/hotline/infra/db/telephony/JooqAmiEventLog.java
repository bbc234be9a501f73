package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.schema.telephony.Tables.AMI_EVENT;

import gov.hotline.infra.db.schema.telephony.tables.records.AmiEventRecord;
import gov.hotline.telephony.domain.AmiMessage;
import gov.hotline.telephony.domain.EventTimes;
import gov.hotline.telephony.domain.KnownEvents;
import gov.hotline.telephony.domain.ReceivedMessage;
import gov.hotline.telephony.port.AmiEventLog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep11;

/** The raw AMI event log in {@code telephony.ami_event}, appended in multi-row inserts. */
final class JooqAmiEventLog implements AmiEventLog {
  static final short MALFORMED = 1;
  static final short OVERSIZE = 2;
  static final short TRUNCATED = 4;
  static final short UNKNOWN = 8;
  private static final int ROWS_PER_STATEMENT = 1000;

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
      partitions.ensure(db, d);
    }
    for (int from = 0; from < messages.size(); from += ROWS_PER_STATEMENT) {
      List<ReceivedMessage> chunk = messages.subList(from, Math.min(messages.size(), from + ROWS_PER_STATEMENT));
      InsertValuesStep11<AmiEventRecord, String, OffsetDateTime, Long, Long, String, String, String, String,
          OffsetDateTime, Short, String> insert = db.insertInto(AMI_EVENT, AMI_EVENT.SERVER_ID, AMI_EVENT.RECEIVED_AT,
          AMI_EVENT.SESSION_ID, AMI_EVENT.SEQ, AMI_EVENT.KIND, AMI_EVENT.NAME, AMI_EVENT.LINKEDID, AMI_EVENT.UNIQUEID,
          AMI_EVENT.EVENT_AT, AMI_EVENT.FLAGS, AMI_EVENT.RAW);
      for (ReceivedMessage rm : chunk) {
        AmiMessage m = rm.message();
        Instant ts = EventTimes.timestamp(m);
        insert = insert.values(rm.serverId(), utc(rm.receivedAt()), rm.sessionId(), rm.seq(), m.kind().name(),
            m.name(), m.get("Linkedid"), m.get("Uniqueid"), ts == null ? null : utc(ts), flags(m),
            stripNul(m.raw()));
      }
      insert.execute();
    }
  }

  @Override
  public long count(String serverId, Instant from, Instant to) {
    return db.selectCount().from(AMI_EVENT)
        .where(AMI_EVENT.SERVER_ID.eq(serverId), AMI_EVENT.RECEIVED_AT.ge(utc(from)), AMI_EVENT.RECEIVED_AT.lt(utc(to)))
        .fetchOne(0, Long.class);
  }

  @Override
  public List<ReceivedMessage> ofCall(String linkedid) {
    return db.selectFrom(AMI_EVENT)
        .where(AMI_EVENT.LINKEDID.eq(linkedid).or(AMI_EVENT.UNIQUEID.eq(linkedid)))
        .orderBy(AMI_EVENT.RECEIVED_AT, AMI_EVENT.SESSION_ID, AMI_EVENT.SEQ)
        .fetch(r -> new ReceivedMessage(r.getServerId(), r.getSessionId(), r.getSeq(), r.getReceivedAt().toInstant(),
            0, "PARTIAL".equals(r.getKind()) ? AmiMessage.partial(r.getRaw())
            : AmiMessage.parse(r.getRaw(), (r.getFlags() & TRUNCATED) != 0)));
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

  /** PostgreSQL text cannot hold NUL; a stray NUL byte from the wire becomes U+FFFD in the log. */
  private static String stripNul(String s) {
    return s.indexOf('\0') < 0 ? s : s.replace('\0', '\uFFFD');
  }

  private static LocalDate utcDay(Instant t) {
    return LocalDate.ofInstant(t, ZoneOffset.UTC);
  }

  static OffsetDateTime utc(Instant t) {
    return t == null ? null : t.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
