package gov.hotline.telephony.adapter.agi;

import gov.hotline.telephony.domain.SurveyOutcome;
import gov.hotline.telephony.domain.SurveyResult;
import gov.hotline.telephony.port.SurveyMetrics;
import gov.hotline.telephony.service.SurveyService;
import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.command.GetDataCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FastAGI script {@value #NAME}: asks the caller, after the agent has hung up, to press 1 满意, 2
 * 基本满意 or 3 不满意, asks again after a wrong key or silence (a limited number of times), stores the
 * answer and thanks the caller. Runs on the AGI server's own threads and calls the blocking service
 * directly; never on an event loop.
 */
public final class SurveyScript implements AgiScript {
  /**
   * The script name in the dialplan: {@code
   * AGI(agi://host:4573/hotline-survey?callid=${CHANNEL(linkedid)})}.
   */
  public static final String NAME = "hotline-survey";

  /** The URL parameter carrying the call id (the caller channel's Linkedid). */
  public static final String CALL_ID_PARAMETER = "callid";

  private static final Logger LOG = LoggerFactory.getLogger(SurveyScript.class);

  private final SurveyService surveys;
  private final SurveyPrompts prompts;
  private final SurveyMetrics metrics;

  public SurveyScript(SurveyService surveys, SurveyPrompts prompts, SurveyMetrics metrics) {
    this.surveys = surveys;
    this.prompts = prompts;
    this.metrics = metrics;
  }

  @Override
  public void service(AgiRequest request, AgiChannel channel) throws AgiException {
    Optional<String> callId = callId(request);
    if (callId.isEmpty()) {
      LOG.warn(
          "survey not run on channel {}: no usable call id in {}",
          request.getChannel(),
          request.getRequestURL());
      metrics.ended(SurveyOutcome.NO_CALL_ID);
      return;
    }
    SurveyOutcome outcome;
    try {
      outcome = converse(callId.get(), channel);
    } catch (AgiHangupException e) {
      outcome = SurveyOutcome.HANGUP;
    }
    LOG.debug("survey of call {} ended: {}", callId.get(), outcome);
    metrics.ended(outcome);
  }

  /**
   * The call id: the URL parameter {@value #CALL_ID_PARAMETER}, else the first AGI argument, else
   * the channel's own uniqueid (which is the Linkedid of the caller's channel of an inbound call).
   */
  static Optional<String> callId(AgiRequest request) {
    String[] args = request.getArguments();
    for (String candidate :
        new String[] {
          request.getParameter(CALL_ID_PARAMETER),
          args.length > 0 ? args[0] : null,
          request.getUniqueId()
        }) {
      if (candidate != null && !candidate.isBlank()) {
        return SurveyService.isCallId(candidate.trim())
            ? Optional.of(candidate.trim())
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private SurveyOutcome converse(String callId, AgiChannel channel) throws AgiException {
    boolean wrongKey = false;
    for (int attempt = 1; attempt <= prompts.attempts(); attempt++) {
      // GET DATA plays the question and collects one key; the caller may press it during the
      // question
      String pressed =
          channel
              .sendCommand(new GetDataCommand(prompts.question(), prompts.timeoutMillis(), 1))
              .getResult();
      if ("-1".equals(pressed)) {
        return SurveyOutcome.HANGUP; // Asterisk: the channel went away while waiting
      }
      if (pressed.isEmpty()) {
        continue; // "200 result= (timeout)": silence, ask again
      }
      Optional<SurveyResult> answer = SurveyResult.ofDigit(pressed);
      if (answer.isPresent()) {
        SurveyOutcome outcome = store(callId, answer.get());
        channel.streamFile(prompts.thanks()); // stored before thanking: a hangup now loses nothing
        return outcome;
      }
      wrongKey = true;
      channel.streamFile(prompts.invalid());
    }
    return wrongKey ? SurveyOutcome.INVALID : SurveyOutcome.NO_INPUT;
  }

  private SurveyOutcome store(String callId, SurveyResult answer) {
    try {
      return surveys.record(callId, answer) ? SurveyOutcome.ANSWERED : SurveyOutcome.REPEATED;
    } catch (RuntimeException e) {
      // the caller still hears the thanks; the answer is in the log to be entered by hand
      LOG.error(
          "survey answer {} ({}) of call {} could not be stored",
          answer.digit(),
          answer,
          callId,
          e);
      return SurveyOutcome.STORE_FAILED;
    }
  }
}
