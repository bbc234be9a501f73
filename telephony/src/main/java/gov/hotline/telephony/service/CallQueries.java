package gov.hotline.telephony.service;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.ticket.Page;
import gov.hotline.core.ticket.TicketAccess;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallDetail;
import gov.hotline.telephony.domain.CallListItem;
import gov.hotline.telephony.domain.CallQuery;
import gov.hotline.telephony.domain.CallSurvey;
import gov.hotline.telephony.domain.CallerProfile;
import gov.hotline.telephony.domain.CallerTicket;
import gov.hotline.telephony.domain.Recording;
import gov.hotline.telephony.domain.ScreenPop;
import gov.hotline.telephony.port.CallerHistory;
import gov.hotline.telephony.port.TelephonyRepositories;
import gov.hotline.telephony.port.TelephonyTransactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reading calls (通话记录): lists and details with their recordings, for the roles that work with
 * calls.
 */
public final class CallQueries {
  private static final Role[] READERS = {
    Role.AGENT, Role.TEAM_LEAD, Role.DISPATCHER, Role.MANAGER, Role.ADMIN
  };

  private final TelephonyTransactions store;
  private final CallerHistory history;
  private final RecordingService recordings;

  public CallQueries(
      TelephonyTransactions store, CallerHistory history, RecordingService recordings) {
    this.store = store;
    this.history = history;
    this.recordings = recordings;
  }

  public Page<CallListItem> list(CallQuery q, Actor actor) {
    requireReader(actor);
    if (q.callerNumber() != null && !TicketAccess.seesFullNumbers(actor)) {
      // an exact-match oracle would confirm guesses of what the mask hides
      throw DomainException.forbidden("当前角色（" + actor.role().label() + "）看到的是脱敏号码，不能按来电号码查询通话");
    }
    return store.inTransaction(
        r -> {
          List<Call> calls = r.calls().search(q);
          return new Page<>(items(r, calls), r.calls().count(q), q.page(), q.size());
        });
  }

  /** The calls with their recordings' status and survey answers, in the same order. */
  private List<CallListItem> items(TelephonyRepositories r, List<Call> calls) {
    List<String> ids = calls.stream().map(Call::id).toList();
    Map<String, Recording> recs =
        r.recordings().byCallIds(ids).stream()
            .collect(Collectors.toMap(Recording::callId, Function.identity()));
    Map<String, CallSurvey> surveys =
        r.surveys().byCallIds(ids).stream()
            .collect(Collectors.toMap(CallSurvey::callId, Function.identity()));
    return calls.stream()
        .map(c -> new CallListItem(c, recordings.view(c, recs.get(c.id())), surveys.get(c.id())))
        .toList();
  }

  public CallDetail get(String id, Actor actor) {
    requireReader(actor);
    return store
        .inTransaction(
            r ->
                r.calls()
                    .byId(id)
                    .map(
                        c ->
                            new CallDetail(
                                c,
                                recordings.view(c, r.recordings().byCallId(id).orElse(null)),
                                r.surveys().byCallId(id).orElse(null),
                                List.of())))
        .map(
            d ->
                new CallDetail(
                    d.call(),
                    d.recording(),
                    d.survey(),
                    history.ticketsOfCall(id, d.call().party().ticketRef())))
        .orElseThrow(() -> DomainException.notFound("CALL_NOT_FOUND", "通话不存在：" + id));
  }

  /**
   * The screen pop for an agent just connected to a caller: the caller's tickets and earlier calls.
   */
  public ScreenPop screenPop(
      String agentInterface, String callId, String callerNumber, String queue, Instant at) {
    List<CallerTicket> tickets =
        callerNumber == null ? List.of() : history.ticketsOfCaller(callerNumber, 20);
    List<ScreenPop.PreviousCall> calls =
        callerNumber == null
            ? List.of()
            : store
                .inTransaction(
                    r ->
                        r.calls()
                            .search(
                                new CallQuery(null, null, null, null, null, callerNumber, 1, 6)))
                .stream()
                .map(
                    c ->
                        new ScreenPop.PreviousCall(
                            c.id(),
                            c.times().startedAt(),
                            c.outcome().name(),
                            c.outcome().label(),
                            c.agentInterface()))
                .toList();
    return CallerProfile.pop(agentInterface, callId, callerNumber, queue, at, tickets, calls);
  }

  /**
   * The calls of a ticket: the one it was created from and its callbacks (回访), each with its
   * recording's status and the caller's survey answer.
   */
  public List<CallListItem> callsOfTicket(String callId, String ticketNo, Actor actor) {
    requireReader(actor);
    return store.inTransaction(
        r -> {
          List<Call> out =
              new ArrayList<>(callId == null ? List.of() : r.calls().find(List.of(callId)));
          out.addAll(r.calls().byTicketRef(ticketNo));
          return items(r, out);
        });
  }

  static void requireReader(Actor actor) {
    if (!actor.is(READERS)) {
      throw DomainException.forbidden("当前角色（" + actor.role().label() + "）无权查看通话记录");
    }
  }
}
