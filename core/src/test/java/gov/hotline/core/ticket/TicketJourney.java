package gov.hotline.core.ticket;

import static gov.hotline.core.user.Actors.agent;
import static gov.hotline.core.user.Actors.dispatcher;
import static gov.hotline.core.user.Actors.handlerOf;
import static gov.hotline.core.user.Actors.teamLead;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.user.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a ticket through the real {@link TicketLifecycle} with the usual actor for each step, so
 * that a test can start from a realistic state (e.g. "signed by 清河街道") and then exercise one more
 * step itself.
 */
public final class TicketJourney {
  private final TicketLifecycle lifecycle;
  private final List<HistoryEntry> history = new ArrayList<>();
  private Ticket ticket;

  private TicketJourney(TicketLifecycle lifecycle, Ticket start) {
    this.lifecycle = lifecycle;
    this.ticket = start;
  }

  public static TicketJourney of(Ticket start) {
    return new TicketJourney(Lifecycles.haidianOnTheOfficialCalendar(), start);
  }

  public TicketJourney submit(Instant at) {
    return apply(new TicketCommand.Submit(null), agent(), at);
  }

  public TicketJourney dispatchTo(UnitId lead, Instant at, UnitId... assists) {
    return apply(new TicketCommand.Dispatch(lead, List.of(assists), "请依法处置"), dispatcher(), at);
  }

  public TicketJourney sign(Instant at) {
    return apply(new TicketCommand.Sign(), leadHandler(), at);
  }

  public TicketJourney requestReturn(Instant at) {
    return apply(
        new TicketCommand.Return(ReturnReason.NOT_JURISDICTION, "该地址不在本街道辖区"), leadHandler(), at);
  }

  public TicketJourney requestExtension(Instant to, Instant at) {
    return apply(new TicketCommand.RequestExtension(to, "需协调多个部门联合执法"), leadHandler(), at);
  }

  public TicketJourney reply(Instant at) {
    return apply(new TicketCommand.Reply("已联合城管拆除楼顶违建，并告知诉求人。"), leadHandler(), at);
  }

  public TicketJourney callback(boolean resolved, Instant at) {
    return apply(
        new TicketCommand.Callback(
            resolved, resolved ? Satisfaction.SATISFIED : Satisfaction.DISSATISFIED, "回访诉求人"),
        agent(),
        at);
  }

  public TicketJourney close(Instant at) {
    return apply(new TicketCommand.Close(null), agent(), at);
  }

  public TicketJourney reopen(Instant at) {
    return apply(new TicketCommand.Reopen("回访诉求人表示违建仍未拆除"), teamLead(), at);
  }

  public TicketJourney apply(TicketCommand cmd, Actor actor, Instant at) {
    Transition t = lifecycle.apply(ticket, cmd, actor, at);
    history.add(t.entry());
    ticket = t.after();
    return this;
  }

  public Ticket ticket() {
    return ticket;
  }

  public List<HistoryEntry> history() {
    return List.copyOf(history);
  }

  private Actor leadHandler() {
    return handlerOf(ticket.assignment().leadUnitId());
  }
}
