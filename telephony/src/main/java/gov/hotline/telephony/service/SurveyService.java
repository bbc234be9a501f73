package gov.hotline.telephony.service;

import gov.hotline.telephony.domain.CallSurvey;
import gov.hotline.telephony.domain.SurveyResult;
import gov.hotline.telephony.port.SurveyListener;
import gov.hotline.telephony.port.TelephonyTransactions;
import java.time.Clock;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Storing the post-call survey (满意度测评). The first answer of a call stands: a repeated survey of the
 * same call (the dialplan run again, a transfer that reaches the survey twice) is ignored, so that
 * the satisfaction rate (满意率) cannot change after the fact. The call need not be stored yet: the
 * survey runs while the AMI events of the call may still be on their way (or in a gap that
 * queue_log repairs later), and the answer shows as soon as the call does.
 */
public final class SurveyService {
  /**
   * A Linkedid ({@code 1795290592.0}) or another id the dialplan passes; nothing that could not be
   * a call id.
   */
  private static final Pattern CALL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  private static final Logger LOG = LoggerFactory.getLogger(SurveyService.class);

  private final TelephonyTransactions store;
  private final Clock clock;
  private final SurveyListener listener;

  public SurveyService(TelephonyTransactions store, Clock clock) {
    this(store, clock, SurveyListener.NONE);
  }

  /** {@code listener} hears each stored first answer (the ratings of the call's tickets). */
  public SurveyService(TelephonyTransactions store, Clock clock, SurveyListener listener) {
    this.store = store;
    this.clock = clock;
    this.listener = listener;
  }

  /** Whether Asterisk handed over something usable as a call id. */
  public static boolean isCallId(String id) {
    return id != null && CALL_ID.matcher(id).matches();
  }

  /** Records the answer; true when stored, false when the call already had one (which stands). */
  public boolean record(String callId, SurveyResult result) {
    if (!isCallId(callId)) {
      throw new IllegalArgumentException("not a call id: " + callId);
    }
    CallSurvey survey = CallSurvey.answered(callId, result, clock.instant());
    boolean stored = store.inTransaction(r -> r.surveys().addIfAbsent(survey));
    if (stored) {
      try {
        listener.answered(callId, result);
      } catch (RuntimeException e) { // the answer stands; the rating can be taken again from it
        LOG.warn("survey answer of call {} stored, its rating failed: {}", callId, e.getMessage());
      }
    }
    return stored;
  }
}
