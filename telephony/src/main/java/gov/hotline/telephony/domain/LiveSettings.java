package gov.hotline.telephony.domain;

import gov.hotline.core.error.DomainException;

/**
 * Thresholds of the live board (实时监控): a call longer than {@code longCallSeconds} (超长通话) and a
 * pause longer than {@code longPauseSeconds} (超长示忙) are shown as warnings.
 */
public record LiveSettings(int longCallSeconds, int longPauseSeconds) {
  public static final LiveSettings DEFAULTS = new LiveSettings(600, 900);

  public LiveSettings {
    check(longCallSeconds, "超长通话阈值（longCallSeconds）");
    check(longPauseSeconds, "超长示忙阈值（longPauseSeconds）");
  }

  private static void check(int seconds, String label) {
    if (seconds < 30 || seconds > 86_400) {
      throw DomainException.invalid(
          "INVALID_LIVE_SETTINGS", label + "须在 30 到 86400 秒之间：" + seconds);
    }
  }
}
