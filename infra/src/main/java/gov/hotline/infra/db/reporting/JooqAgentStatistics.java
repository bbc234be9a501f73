package gov.hotline.infra.db.reporting;

import static gov.hotline.infra.db.schema.core.Tables.APP_USER;
import static gov.hotline.infra.db.schema.telephony.Tables.AGENT_COMPLAINT;
import static gov.hotline.infra.db.schema.telephony.Tables.AGENT_OPERATION;
import static gov.hotline.infra.db.schema.telephony.Tables.AMI_EVENT;
import static gov.hotline.infra.db.schema.telephony.Tables.CALL;

import gov.hotline.reporting.domain.AgentWork;
import gov.hotline.reporting.domain.LoggedInTime;
import gov.hotline.reporting.domain.PausedTime;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.port.AgentStatistics;
import gov.hotline.telephony.domain.AgentSessions;
import gov.hotline.telephony.domain.AmiMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Each person's work in a period, read from what telephony recorded: the queue's member events in
 * {@code telephony.ami_event} (folded by telephony's {@link AgentSessions}; a day before the period
 * is read too, so that a login before its start is known), the answered calls in {@code
 * telephony.call} by answering interface, and who sat at an interface from the agent login in
 * {@code telephony.agent_operation} (the last successful LOGIN there before the period's end) with
 * the user's name. An interface nobody logged in at through the platform stands for itself.
 */
public final class JooqAgentStatistics implements AgentStatistics {
  private static final List<String> MEMBER_EVENTS =
      List.of("QueueMemberAdded", "QueueMemberRemoved", "QueueMemberPause", "QueueMemberStatus");

  private final DSLContext db;

  public JooqAgentStatistics(DSLContext db) {
    this.db = db;
  }

  private record Calls(long answered, long talk, long hold, long wrapUp, long complained) {}

  private record Person(String username, String name) {}

  @Override
  public List<AgentWork> work(Period period) {
    Map<String, AgentSessions.Usage> usage = sessions(period);
    Map<String, Calls> calls = calls(period);
    Map<String, AgentWork> byPerson = new TreeMap<>();
    List<String> ifaces = new ArrayList<>(usage.keySet());
    calls.keySet().stream().filter(i -> !usage.containsKey(i)).forEach(ifaces::add);
    for (String iface : ifaces) {
      AgentSessions.Usage u = usage.get(iface);
      Calls c = calls.getOrDefault(iface, new Calls(0, 0, 0, 0, 0));
      Person p = person(iface, period.end(), u == null ? null : u.memberName());
      AgentWork w =
          new AgentWork(
              p.username(),
              p.name(),
              new LoggedInTime(u == null ? 0 : u.loggedInMillis()),
              new PausedTime(u == null ? Map.of() : u.pausedMillis()),
              c.answered(),
              c.talk(),
              c.hold(),
              c.wrapUp(),
              c.complained());
      byPerson.merge(p.username(), w, JooqAgentStatistics::plus);
    }
    return List.copyOf(byPerson.values());
  }

  private Map<String, AgentSessions.Usage> sessions(Period period) {
    AgentSessions sessions = new AgentSessions(period.start(), period.end());
    Field<OffsetDateTime> at = DSL.coalesce(AMI_EVENT.EVENT_AT, AMI_EVENT.RECEIVED_AT);
    db.transaction(
        cfg -> {
          try (var rows =
              DSL.using(cfg)
                  .select(AMI_EVENT.RAW, at)
                  .from(AMI_EVENT)
                  .where(
                      AMI_EVENT.KIND.eq("EVENT"),
                      AMI_EVENT.NAME.in(MEMBER_EVENTS),
                      AMI_EVENT.RECEIVED_AT.ge(utc(period.start().minus(Duration.ofDays(1)))),
                      AMI_EVENT.RECEIVED_AT.lt(utc(period.end().plus(Duration.ofMinutes(5)))))
                  .orderBy(AMI_EVENT.RECEIVED_AT, AMI_EVENT.SESSION_ID, AMI_EVENT.SEQ)
                  .fetchSize(10_000)
                  .fetchLazy()) {
            rows.forEach(r -> sessions.apply(AmiMessage.parse(r.value1()), r.value2().toInstant()));
          }
        });
    Map<String, AgentSessions.Usage> out = new HashMap<>();
    sessions.usage().forEach(u -> out.put(u.iface(), u));
    return out;
  }

  /**
   * Answered citizen calls by answering interface, counted when they entered the queue, with those
   * that have a complaint about their agent reviewed as 成立.
   */
  private Map<String, Calls> calls(Period period) {
    Map<String, Calls> out = new HashMap<>();
    db.select(
            CALL.AGENT_INTERFACE,
            DSL.count(),
            DSL.sum(DSL.coalesce(CALL.TALK_SECONDS, 0)),
            DSL.sum(DSL.coalesce(CALL.HOLD_SECONDS, 0)),
            DSL.sum(DSL.coalesce(CALL.WRAP_UP_SECONDS, 0)),
            DSL.count()
                .filterWhere(
                    DSL.exists(
                        DSL.selectOne()
                            .from(AGENT_COMPLAINT)
                            .where(
                                AGENT_COMPLAINT.CALL_ID.eq(CALL.ID),
                                AGENT_COMPLAINT.STATUS.eq("UPHELD")))))
        .from(CALL)
        .where(
            CALL.DIRECTION.eq("INBOUND"),
            CALL.OUTCOME.eq("ANSWERED"),
            CALL.AGENT_INTERFACE.isNotNull(),
            CALL.ENTERED_QUEUE_AT.ge(utc(period.start())),
            CALL.ENTERED_QUEUE_AT.lt(utc(period.end())))
        .groupBy(CALL.AGENT_INTERFACE)
        .forEach(
            r ->
                out.put(
                    r.value1(),
                    new Calls(
                        r.value2(),
                        r.value3().longValue() * 1000,
                        r.value4().longValue() * 1000,
                        r.value5().longValue() * 1000,
                        r.value6())));
    return out;
  }

  /** Who logged in at the interface last before {@code before}: 工号 and name; else the interface. */
  private Person person(String iface, Instant before, String memberName) {
    Optional<String> username =
        db.select(AGENT_OPERATION.USERNAME)
            .from(AGENT_OPERATION)
            .where(
                AGENT_OPERATION.INTERFACE.eq(iface),
                AGENT_OPERATION.ACTION.eq("LOGIN"),
                AGENT_OPERATION.SUCCESS.isTrue(),
                AGENT_OPERATION.AT.lt(utc(before)))
            .orderBy(AGENT_OPERATION.AT.desc(), AGENT_OPERATION.ID.desc())
            .limit(1)
            .fetchOptional(AGENT_OPERATION.USERNAME);
    if (username.isEmpty()) {
      return new Person(iface, memberName != null ? memberName : iface);
    }
    String name =
        db.select(APP_USER.DISPLAY_NAME)
            .from(APP_USER)
            .where(APP_USER.USERNAME.eq(username.get()))
            .fetchOptional(APP_USER.DISPLAY_NAME)
            .orElse(username.get());
    return new Person(username.get(), name);
  }

  private static AgentWork plus(AgentWork a, AgentWork b) {
    Map<String, Long> paused = new TreeMap<>(a.paused().millisByReason());
    b.paused().millisByReason().forEach((k, v) -> paused.merge(k, v, Long::sum));
    return new AgentWork(
        a.username(),
        a.name(),
        new LoggedInTime(a.loggedIn().millis() + b.loggedIn().millis()),
        new PausedTime(paused),
        a.answered() + b.answered(),
        a.talkMillis() + b.talkMillis(),
        a.holdMillis() + b.holdMillis(),
        a.wrapUpMillis() + b.wrapUpMillis(),
        a.complained() + b.complained());
  }

  private static OffsetDateTime utc(Instant t) {
    return t.atOffset(ZoneOffset.UTC);
  }
}
