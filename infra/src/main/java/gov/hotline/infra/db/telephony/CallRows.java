package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;

import gov.hotline.infra.db.schema.telephony.tables.records.CallRecord;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallOutcome;
import gov.hotline.telephony.domain.Direction;
import gov.hotline.telephony.domain.Leg;
import gov.hotline.telephony.domain.RingAttempt;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.JSONB;

/**
 * Maps calls to rows and back; legs, ring attempts and a hold in progress travel in the {@code
 * state} JSON.
 */
final class CallRows {
  private CallRows() {}

  static CallRecord toRecord(Call c) {
    CallRecord r = new CallRecord();
    r.setId(c.id());
    r.setServerId(c.serverId());
    r.setDirection(c.direction().name());
    r.setOutcome(c.outcome().name());
    r.setCallerNumber(c.party().number());
    r.setCallerName(c.party().name());
    r.setDid(c.party().did());
    r.setHotlineCallId(c.party().hotlineCallId());
    r.setTicketRef(c.party().ticketRef());
    r.setQueue(c.queue());
    r.setQueueUniqueid(c.queueUniqueid());
    r.setStartedAt(offset(c.times().startedAt()));
    r.setEnteredQueueAt(offset(c.times().enteredQueueAt()));
    r.setAnsweredAt(offset(c.times().answeredAt()));
    r.setEndedAt(offset(c.times().endedAt()));
    r.setLastEventAt(offset(c.times().lastEventAt()));
    r.setWaitSeconds(c.seconds().waitSeconds());
    r.setTalkSeconds(c.seconds().talkSeconds());
    r.setHoldSeconds(c.seconds().holdSeconds());
    r.setWrapUpSeconds(c.seconds().wrapUpSeconds());
    r.setBillableSeconds(c.seconds().billableSeconds());
    r.setAgentInterface(c.agentInterface());
    r.setAgentName(c.agentName());
    r.setHangupCause(c.end().hangupCause());
    r.setHangupCauseText(c.end().hangupCauseText());
    r.setCompleteReason(c.end().completeReason());
    r.setEndMissed(c.end().endMissed());
    r.setRecordingFile(c.recordingFile());
    r.setRecordingStarted(c.recordingStarted());
    r.setAfterHours(c.afterHours());
    r.setAbandoned(c.abandoned());
    r.setRepairs(c.repairs().toArray(String[]::new));
    r.setState(JSONB.valueOf(state(c).encode()));
    return r;
  }

  static Call toDomain(CallRecord r) {
    JsonObject state = new JsonObject(r.getState().data());
    return new Call(
        r.getId(),
        r.getServerId(),
        Direction.valueOf(r.getDirection()),
        CallOutcome.valueOf(r.getOutcome()),
        new Call.Party(
            r.getCallerNumber(),
            r.getCallerName(),
            r.getDid(),
            r.getHotlineCallId(),
            r.getTicketRef()),
        r.getQueue(),
        r.getQueueUniqueid(),
        new Call.Times(
            instant(r.getStartedAt()),
            instant(r.getEnteredQueueAt()),
            instant(r.getAnsweredAt()),
            instant(r.getEndedAt()),
            instant(r.getLastEventAt()),
            time(state.getString("holdSince"))),
        new Call.Seconds(
            r.getWaitSeconds(),
            r.getTalkSeconds(),
            r.getHoldSeconds(),
            r.getWrapUpSeconds(),
            r.getBillableSeconds()),
        r.getAgentInterface(),
        r.getAgentName(),
        new Call.End(
            r.getHangupCause(), r.getHangupCauseText(), r.getCompleteReason(), r.getEndMissed()),
        r.getRecordingFile(),
        r.getRecordingStarted(),
        r.getAfterHours(),
        r.getAbandoned(),
        List.of(r.getRepairs()),
        legs(state.getJsonArray("legs", new JsonArray())),
        attempts(state.getJsonArray("attempts", new JsonArray())));
  }

  private static JsonObject state(Call c) {
    JsonArray legs = new JsonArray();
    c.legs()
        .forEach(
            l ->
                legs.add(
                    new JsonObject()
                        .put("uniqueid", l.uniqueid())
                        .put("channel", l.channel())
                        .put("startedAt", text(l.startedAt()))
                        .put("endedAt", text(l.endedAt()))
                        .put("cause", l.hangupCause())));
    JsonArray attempts = new JsonArray();
    c.attempts()
        .forEach(
            a ->
                attempts.add(
                    new JsonObject()
                        .put("agentChannel", a.agentChannel())
                        .put("interface", a.agentInterface())
                        .put("member", a.memberName())
                        .put("at", text(a.at()))
                        .put("result", a.result())
                        .put("ringMillis", a.ringMillis())));
    return new JsonObject()
        .put("legs", legs)
        .put("attempts", attempts)
        .put("holdSince", text(c.times().holdSince()));
  }

  private static List<Leg> legs(JsonArray arr) {
    List<Leg> out = new ArrayList<>(arr.size());
    for (int i = 0; i < arr.size(); i++) {
      JsonObject o = arr.getJsonObject(i);
      out.add(
          new Leg(
              o.getString("uniqueid"),
              o.getString("channel"),
              time(o.getString("startedAt")),
              time(o.getString("endedAt")),
              o.getInteger("cause")));
    }
    return out;
  }

  private static List<RingAttempt> attempts(JsonArray arr) {
    List<RingAttempt> out = new ArrayList<>(arr.size());
    for (int i = 0; i < arr.size(); i++) {
      JsonObject o = arr.getJsonObject(i);
      out.add(
          new RingAttempt(
              o.getString("agentChannel"),
              o.getString("interface"),
              o.getString("member"),
              time(o.getString("at")),
              o.getString("result"),
              o.getLong("ringMillis")));
    }
    return out;
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }

  private static Instant time(String v) {
    return v == null ? null : Instant.parse(v);
  }
}
