package gov.hotline.telephony.service;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.ticket.Page;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.telephony.api.CallDetail;
import gov.hotline.telephony.api.CallListItem;
import gov.hotline.telephony.api.CallQuery;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.Recording;
import gov.hotline.telephony.port.CallerHistory;
import gov.hotline.telephony.port.TelephonyStore;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading calls (通话记录): lists and details with their recordings, for the roles that work with calls. */
public final class CallQueries {
  private static final Role[] READERS = {Role.AGENT, Role.TEAM_LEAD, Role.DISPATCHER, Role.MANAGER, Role.ADMIN};

  private final TelephonyStore store;
  private final CallerHistory history;
  private final RecordingService recordings;

  public CallQueries(TelephonyStore store, CallerHistory history, RecordingService recordings) {
    this.store = store;
    this.history = history;
    this.recordings = recordings;
  }

  public Page<CallListItem> list(CallQuery q, Actor actor) {
    requireReader(actor);
    return store.inTransaction(r -> {
      List<Call> calls = r.calls().search(q);
      Map<String, Recording> recs = r.recordings().byCallIds(calls.stream().map(Call::id).toList()).stream()
          .collect(Collectors.toMap(Recording::callId, Function.identity()));
      List<CallListItem> items = calls.stream()
          .map(c -> new CallListItem(c, recordings.view(c, recs.get(c.id())))).toList();
      return new Page<>(items, r.calls().count(q), q.page(), q.size());
    });
  }

  public CallDetail get(String id, Actor actor) {
    requireReader(actor);
    return store.inTransaction(r -> r.calls().byId(id)
            .map(c -> new CallDetail(c, recordings.view(c, r.recordings().byCallId(id).orElse(null)),
                List.of())))
        .map(d -> new CallDetail(d.call(), d.recording(), history.ticketsOfCall(id)))
        .orElseThrow(() -> DomainException.notFound("CALL_NOT_FOUND", "通话不存在：" + id));
  }

  /** The caller's recent tickets (for a screen pop). */
  public List<CallerHistory.TicketSummary> previousTickets(String phone) {
    return phone == null ? List.of() : history.ticketsOfCaller(phone, 5);
  }

  static void requireReader(Actor actor) {
    if (!actor.is(READERS)) {
      throw DomainException.forbidden("当前角色（" + actor.role().label() + "）无权查看通话记录");
    }
  }
}
