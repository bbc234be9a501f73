package gov.hotline.telephony.service;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.ticket.Page;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.telephony.api.CallDetail;
import gov.hotline.telephony.api.CallQuery;
import gov.hotline.telephony.api.RecordingView;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.port.CallerHistory;
import gov.hotline.telephony.port.TelephonyStore;
import java.util.List;
import java.util.function.Function;

/** Reading calls (通话记录): lists and details, for the roles that work with calls. */
public final class CallQueries {
  private static final Role[] READERS = {Role.AGENT, Role.TEAM_LEAD, Role.DISPATCHER, Role.MANAGER, Role.ADMIN};

  private final TelephonyStore store;
  private final CallerHistory history;
  private final Function<Call, RecordingView> recordings;

  public CallQueries(TelephonyStore store, CallerHistory history, Function<Call, RecordingView> recordings) {
    this.store = store;
    this.history = history;
    this.recordings = recordings;
  }

  public Page<Call> list(CallQuery q, Actor actor) {
    requireReader(actor);
    return store.inTransaction(r -> new Page<>(r.calls().search(q), r.calls().count(q), q.page(), q.size()));
  }

  public CallDetail get(String id, Actor actor) {
    requireReader(actor);
    Call call = store.inTransaction(r -> r.calls().byId(id))
        .orElseThrow(() -> DomainException.notFound("CALL_NOT_FOUND", "通话不存在：" + id));
    return new CallDetail(call, recordings.apply(call), history.ticketsOfCall(id));
  }

  public RecordingView recording(Call call) {
    return recordings.apply(call);
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
