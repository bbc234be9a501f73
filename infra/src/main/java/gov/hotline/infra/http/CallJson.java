package gov.hotline.infra.http;

import gov.hotline.core.ticket.TicketAccess;
import gov.hotline.core.user.Actor;
import gov.hotline.infra.telephony.AgentNames;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallDetail;
import gov.hotline.telephony.domain.CallListItem;
import gov.hotline.telephony.domain.CallSurvey;
import gov.hotline.telephony.domain.CallerTicket;
import gov.hotline.telephony.domain.HangupCauses;
import gov.hotline.telephony.domain.RecordingView;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Calls as JSON. The citizen's number is shown in full to agents and team leads (who call back) and
 * masked (138****5678) for everyone else, as for tickets.
 */
final class CallJson {
  private static final Pattern DIGIT_RUN = Pattern.compile("\\d{7,}");

  private CallJson() {}

  static JsonObject summary(CallListItem item, Actor actor, AgentNames names) {
    return summary(item.call(), item.recording(), item.survey(), actor, names);
  }

  /**
   * A call; {@code agentName} is the display name of the user seated at the call's interface (else
   * Asterisk's member name, kept as {@code memberName}).
   */
  static JsonObject summary(
      Call c, RecordingView rec, CallSurvey survey, Actor actor, AgentNames names) {
    String seated = names.ofInterface(c.agentInterface());
    return new JsonObject()
        .put("id", c.id())
        .put("serverId", c.serverId())
        .put("direction", c.direction().name())
        .put("directionLabel", c.direction().label())
        .put("outcome", c.outcome().name())
        .put("outcomeLabel", c.outcome().label())
        .put("callerNumber", phone(c.party().number(), actor))
        .put("callerName", callerName(c.party().name(), actor))
        .put("did", "s".equals(c.party().did()) ? null : c.party().did())
        .put("queue", c.queue())
        .put("agentInterface", c.agentInterface())
        .put("agentName", seated != null ? seated : c.agentName())
        .put("memberName", c.agentName())
        .put("startedAt", time(c.times().startedAt()))
        .put("enteredQueueAt", time(c.times().enteredQueueAt()))
        .put("answeredAt", time(c.times().answeredAt()))
        .put("endedAt", time(c.times().endedAt()))
        .put("waitSeconds", c.seconds().waitSeconds())
        .put("talkSeconds", c.seconds().talkSeconds())
        .put("holdSeconds", c.seconds().holdSeconds())
        .put("wrapUpSeconds", c.seconds().wrapUpSeconds())
        .put("hangupCause", c.end().hangupCause())
        .put("hangupCauseText", c.end().hangupCauseText())
        .put("hangupCauseLabel", HangupCauses.label(c.end().hangupCause()))
        .put("completeReason", c.end().completeReason())
        .put("endMissed", c.end().endMissed())
        .put("repairs", new JsonArray(c.repairs()))
        .put("hotlineCallId", c.party().hotlineCallId())
        .put("ticketRef", c.party().ticketRef())
        .put("recording", recording(rec, c.id(), actor, false))
        .put("survey", survey(survey));
  }

  /** The caller's answer to the post-call survey, null when there is none. */
  static JsonObject survey(CallSurvey s) {
    return s == null
        ? null
        : new JsonObject()
            .put("result", s.result().name())
            .put("label", s.result().label())
            .put("digit", s.digit())
            .put("at", time(s.at()));
  }

  static JsonObject detail(CallDetail d, Actor actor, AgentNames names) {
    Call c = d.call();
    JsonArray legs = new JsonArray();
    c.legs()
        .forEach(
            l ->
                legs.add(
                    new JsonObject()
                        .put("uniqueid", l.uniqueid())
                        .put("channel", l.channel())
                        .put("startedAt", time(l.startedAt()))
                        .put("endedAt", time(l.endedAt()))
                        .put("hangupCause", l.hangupCause())));
    JsonArray rings = new JsonArray();
    c.attempts()
        .forEach(
            a ->
                rings.add(
                    new JsonObject()
                        .put("agentInterface", a.agentInterface())
                        .put("memberName", a.memberName())
                        .put("agentName", names.ofInterface(a.agentInterface()))
                        .put("agentChannel", a.agentChannel())
                        .put("at", time(a.at()))
                        .put("result", a.result())
                        .put("ringMillis", a.ringMillis())));
    return summary(c, d.recording(), d.survey(), actor, names)
        .put("recording", recording(d.recording(), c.id(), actor, true))
        .put("billableSeconds", c.seconds().billableSeconds())
        .put("legs", legs)
        .put("ringAttempts", rings)
        .put("tickets", tickets(d.tickets()));
  }

  static JsonArray tickets(List<CallerTicket> tickets) {
    JsonArray out = new JsonArray();
    tickets.forEach(
        t ->
            out.add(
                new JsonObject()
                    .put("id", t.id())
                    .put("no", t.no())
                    .put("status", t.status())
                    .put("statusLabel", t.statusLabel())
                    .put("open", t.open())
                    .put("confidential", t.confidential())
                    .put("appealType", t.appealType())
                    .put("content", t.content())
                    .put("callId", t.callId())
                    .put("createdAt", time(t.createdAt()))));
    return out;
  }

  static JsonObject recording(RecordingView r, String callId, Actor actor, boolean full) {
    if (r == null) {
      return null;
    }
    JsonObject j =
        new JsonObject()
            .put("file", fileName(r.file(), callId, actor))
            .put("status", r.status().name())
            .put("statusLabel", r.status().label())
            .put("durationSeconds", r.durationSeconds());
    if (full) {
      j.put("sizeBytes", r.sizeBytes())
          .put("sha256", r.sha256())
          .put("checkedAt", time(r.checkedAt()));
    }
    return j;
  }

  static String phone(String number, Actor actor) {
    return TicketAccess.seesFullNumbers(actor) ? number : TicketAccess.maskPhone(number);
  }

  /**
   * The caller-ID name as this actor may see it: PBXs often put the number there too ("Citizen
   * 13800138000"), so for roles that see numbers masked every run of 7 or more digits in it is
   * masked like a number.
   */
  static String callerName(String name, Actor actor) {
    if (name == null || TicketAccess.seesFullNumbers(actor)) {
      return name;
    }
    return DIGIT_RUN.matcher(name).replaceAll(m -> TicketAccess.maskPhone(m.group()));
  }

  /**
   * A recording's file name as this actor may see it: Asterisk names files after the caller's
   * number, so roles that see numbers masked get the name the download carries ({@code
   * 录音-<callId>.wav}) instead.
   */
  static String fileName(String file, String callId, Actor actor) {
    if (file == null) {
      return null;
    }
    return TicketAccess.seesFullNumbers(actor) ? file : downloadName(callId);
  }

  /** The name a recording is downloaded under: the call id only, never the number. */
  static String downloadName(String callId) {
    return "录音-" + safeId(callId) + ".wav";
  }

  /** The call id reduced to characters safe in a header and a file name. */
  static String safeId(String callId) {
    return callId == null ? "unknown" : callId.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  static String time(Instant t) {
    return t == null ? null : t.toString();
  }
}
