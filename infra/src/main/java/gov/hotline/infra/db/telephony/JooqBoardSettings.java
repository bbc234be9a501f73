package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.schema.telephony.Tables.LIVE_SETTING;
import static gov.hotline.infra.db.schema.telephony.Tables.PAUSE_REASON;

import gov.hotline.telephony.domain.LiveSettings;
import gov.hotline.telephony.domain.PauseReason;
import gov.hotline.telephony.port.BoardSettings;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Pause reasons and live-board thresholds in {@code telephony.pause_reason} and {@code
 * telephony.live_setting}.
 */
final class JooqBoardSettings implements BoardSettings {
  private static final String LONG_CALL = "longCallSeconds";
  private static final String LONG_PAUSE = "longPauseSeconds";

  private final DSLContext db;

  JooqBoardSettings(DSLContext db) {
    this.db = db;
  }

  @Override
  public List<PauseReason> pauseReasons() {
    return db.selectFrom(PAUSE_REASON)
        .orderBy(PAUSE_REASON.POSITION, PAUSE_REASON.CODE)
        .fetch(r -> new PauseReason(r.getCode(), r.getLabel()));
  }

  @Override
  public void replacePauseReasons(List<PauseReason> reasons) {
    db.deleteFrom(PAUSE_REASON).execute();
    var insert =
        db.insertInto(PAUSE_REASON, PAUSE_REASON.CODE, PAUSE_REASON.LABEL, PAUSE_REASON.POSITION);
    for (int i = 0; i < reasons.size(); i++) {
      insert = insert.values(reasons.get(i).code(), reasons.get(i).label(), i + 1);
    }
    insert.execute();
  }

  @Override
  public LiveSettings liveSettings() {
    Map<String, Integer> v =
        db.selectFrom(LIVE_SETTING).fetchMap(LIVE_SETTING.KEY, LIVE_SETTING.VALUE);
    return new LiveSettings(
        v.getOrDefault(LONG_CALL, LiveSettings.DEFAULTS.longCallSeconds()),
        v.getOrDefault(LONG_PAUSE, LiveSettings.DEFAULTS.longPauseSeconds()));
  }

  @Override
  public void saveLiveSettings(LiveSettings s) {
    for (var e :
        Map.of(LONG_CALL, s.longCallSeconds(), LONG_PAUSE, s.longPauseSeconds()).entrySet()) {
      db.insertInto(LIVE_SETTING, LIVE_SETTING.KEY, LIVE_SETTING.VALUE)
          .values(e.getKey(), e.getValue())
          .onConflict(LIVE_SETTING.KEY)
          .doUpdate()
          .set(LIVE_SETTING.VALUE, e.getValue())
          .execute();
    }
  }
}
