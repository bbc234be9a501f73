package gov.hotline.telephony.port;

import gov.hotline.telephony.domain.LiveSettings;
import gov.hotline.telephony.domain.PauseReason;
import java.util.List;

/**
 * Storage of what admins set for the agents' desk and the live board: pause reasons and warning
 * thresholds.
 */
public interface BoardSettings {
  /** The pause reasons in their order. */
  List<PauseReason> pauseReasons();

  /** Replaces the whole list. */
  void replacePauseReasons(List<PauseReason> reasons);

  LiveSettings liveSettings();

  void saveLiveSettings(LiveSettings settings);
}
