package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.telephony.Tables.RECORDING_ACCESS;

import gov.hotline.telephony.port.RecordingAccessLog;
import org.jooq.DSLContext;

/**
 * The playback audit log in {@code telephony.recording_access} (the database refuses edits and
 * deletes).
 */
final class JooqRecordingAccessLog implements RecordingAccessLog {
  private final DSLContext db;

  JooqRecordingAccessLog(DSLContext db) {
    this.db = db;
  }

  @Override
  public void append(Access a) {
    db.insertInto(
            RECORDING_ACCESS,
            RECORDING_ACCESS.CALL_ID,
            RECORDING_ACCESS.USER_ID,
            RECORDING_ACCESS.USERNAME,
            RECORDING_ACCESS.ROLE,
            RECORDING_ACCESS.AT,
            RECORDING_ACCESS.BYTE_RANGE,
            RECORDING_ACCESS.RESULT)
        .values(
            a.callId().length() > 64 ? a.callId().substring(0, 64) : a.callId(),
            a.userId(),
            a.username(),
            a.role(),
            offset(a.at()),
            a.range(),
            a.result())
        .execute();
  }
}
