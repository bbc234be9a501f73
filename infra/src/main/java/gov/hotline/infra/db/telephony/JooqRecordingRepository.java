package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.telephony.Tables.CALL;
import static gov.hotline.infra.db.schema.telephony.Tables.RECORDING;

import gov.hotline.infra.db.schema.telephony.tables.records.RecordingRecord;
import gov.hotline.telephony.domain.Recording;
import gov.hotline.telephony.domain.RecordingStatus;
import gov.hotline.telephony.port.RecordingRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The recordings index in {@code telephony.recording}. */
final class JooqRecordingRepository implements RecordingRepository {
  private final DSLContext db;

  JooqRecordingRepository(DSLContext db) {
    this.db = db;
  }

  @Override
  public void upsert(Recording r) {
    RecordingRecord rec = new RecordingRecord();
    rec.setCallId(r.callId());
    rec.setFile(r.file());
    rec.setStatus(r.status().name());
    rec.setDurationSeconds(r.durationSeconds());
    rec.setSizeBytes(r.sizeBytes());
    rec.setSha256(r.sha256());
    rec.setRmsDbfs(r.rmsDbfs());
    rec.setPeak(r.peak());
    rec.setExpected(r.expected());
    rec.setCheckedAt(offset(r.checkedAt()));
    db.insertInto(RECORDING).set(rec).onConflict(RECORDING.CALL_ID).doUpdate().set(rec).execute();
  }

  @Override
  public Optional<Recording> byCallId(String callId) {
    return db.selectFrom(RECORDING)
        .where(RECORDING.CALL_ID.eq(callId))
        .fetchOptional()
        .map(JooqRecordingRepository::toDomain);
  }

  @Override
  public List<Recording> byCallIds(Collection<String> callIds) {
    if (callIds.isEmpty()) {
      return List.of();
    }
    return db.selectFrom(RECORDING)
        .where(RECORDING.CALL_ID.in(callIds))
        .fetch(JooqRecordingRepository::toDomain);
  }

  @Override
  public List<String> unsettled(Instant endedFrom, Instant endedBefore, int limit) {
    return db.select(CALL.ID)
        .from(CALL)
        .leftJoin(RECORDING)
        .on(RECORDING.CALL_ID.eq(CALL.ID))
        .where(
            CALL.ENDED_AT.ge(offset(endedFrom)),
            CALL.ENDED_AT.lt(offset(endedBefore)),
            RECORDING.CALL_ID.isNull().or(RECORDING.STATUS.eq(RecordingStatus.PENDING.name())))
        .orderBy(CALL.ENDED_AT, CALL.ID)
        .limit(limit)
        .fetch(CALL.ID);
  }

  private static Recording toDomain(RecordingRecord r) {
    return new Recording(
        r.getCallId(),
        r.getFile(),
        RecordingStatus.valueOf(r.getStatus()),
        r.getDurationSeconds(),
        r.getSizeBytes(),
        r.getSha256(),
        r.getRmsDbfs(),
        r.getPeak(),
        r.getExpected(),
        instant(r.getCheckedAt()));
  }
}
