package gov.hotline.telephony.domain;

import static gov.hotline.telephony.domain.AmiValues.baseName;
import static gov.hotline.telephony.domain.AmiValues.dialledNumber;
import static gov.hotline.telephony.domain.AmiValues.emptyToNull;
import static gov.hotline.telephony.domain.AmiValues.integer;

import java.time.Instant;
import java.util.Set;

/**
 * The channels' part of a call: legs appear and hang up, the dialplan sets the variables and raises
 * the user events the platform reads (call id, ticket, recording file, after hours), a callback's
 * citizen answers. The first value folded wins, as in {@link QueueFold}.
 */
final class ChannelFold {
  /** The channel variables the fold reads; others never touch a call. */
  private static final Set<String> VARIABLES =
      Set.of("MIXMONITOR_FILENAME", Dialplan.TICKET_VARIABLE, Dialplan.CALL_ID_VARIABLE);

  private ChannelFold() {}

  static void newChannel(CallState s, AmiMessage m, Instant t, FoldPolicy policy) {
    String uid = m.get("Uniqueid");
    s.leg(uid, m.get("Channel"), t);
    if (s.isPrimary(uid)) {
      s.callerNumber = s.callerNumber != null ? s.callerNumber : m.get("CallerIDNum");
      s.callerName = s.callerName != null ? s.callerName : m.get("CallerIDName");
      s.did = s.did != null ? s.did : dialledNumber(m.get("Exten"));
      String context = m.get("Context"); // absent in some Newchannel events (and in hostile input)
      if (s.direction == Direction.INBOUND
          && context != null
          && policy.internalContexts().contains(context)) {
        internal(s, m.get("Channel"));
      }
    }
  }

  /**
   * The call's first channel is one of the hotline's own phones: an internal call (or the first
   * channel of an Originate, which its answer or dialplan later names as what it is). Nobody on it
   * is a citizen.
   */
  private static void internal(CallState s, String channel) {
    s.direction = Direction.INTERNAL;
    s.callerNumber = null;
    s.callerName = null;
    if (s.agentInterface == null && channel != null) {
      s.agentInterface = Leg.device(channel);
    }
  }

  static void hangup(CallState s, AmiMessage m, Instant t) {
    String uid = m.get("Uniqueid");
    Integer cause = integer(m.get("Cause"));
    s.legEnded(uid, m.get("Channel"), t, cause);
    if (s.isPrimary(uid)) {
      s.cancelRinging();
      s.end(t, cause, m.get("Cause-txt"));
      if (s.direction == Direction.CALLBACK && s.talkSeconds == null && s.answeredAt != null) {
        // a callback's talk is the citizen's leg, from their answer on; the agent leg (and the
        // CDR's billable
        // seconds) began earlier, when the agent picked up
        s.talkSeconds = CallState.seconds(s.answeredAt, s.citizenLegEnd(t));
      }
    }
  }

  /** Whether a VarSet is one the fold reads. */
  static boolean readsVariable(AmiMessage m) {
    String variable = m.get("Variable");
    return variable != null && VARIABLES.contains(variable);
  }

  static void variableSet(CallState s, AmiMessage m) {
    String value = m.get("Value");
    switch (m.get("Variable")) {
      case "MIXMONITOR_FILENAME" ->
          s.recordingFile = s.recordingFile != null ? s.recordingFile : baseName(value);
      case Dialplan.TICKET_VARIABLE ->
          s.ticketRef = s.ticketRef != null ? s.ticketRef : emptyToNull(value);
      case Dialplan.CALL_ID_VARIABLE ->
          s.hotlineCallId = s.hotlineCallId != null ? s.hotlineCallId : emptyToNull(value);
      default -> {}
    }
  }

  static void userEvent(CallState s, AmiMessage m) {
    String kind = m.get("UserEvent");
    if (kind == null) {
      return;
    }
    switch (kind) {
      case Dialplan.CALL_EVENT -> {
        s.hotlineCallId = s.hotlineCallId != null ? s.hotlineCallId : emptyToNull(m.get("CallId"));
        s.recordingFile =
            s.recordingFile != null ? s.recordingFile : emptyToNull(m.get("Recording"));
      }
      case Dialplan.CALLBACK_EVENT -> {
        OriginateFold.outbound(s, m.get("Citizen"), m.get("Channel"));
        s.hotlineCallId = s.hotlineCallId != null ? s.hotlineCallId : emptyToNull(m.get("CallId"));
        s.ticketRef = s.ticketRef != null ? s.ticketRef : emptyToNull(m.get("Ticket"));
        s.recordingFile =
            s.recordingFile != null ? s.recordingFile : emptyToNull(m.get("Recording"));
      }
      case Dialplan.AFTER_HOURS_EVENT -> s.afterHours = true;
      default -> {}
    }
  }

  /** A callback's citizen answered: the agent's leg dialled them and the dial ended answered. */
  static void dialEnd(CallState s, AmiMessage m, Instant t) {
    if (s.direction == Direction.CALLBACK
        && "ANSWER".equals(m.get("DialStatus"))
        && s.isPrimary(m.get("Uniqueid"))
        && !s.isPrimary(m.get("DestUniqueid"))) {
      s.answered(t);
    }
  }
}
