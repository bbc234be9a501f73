package gov.hotline.core.ticket;

import static gov.hotline.core.ShanghaiTime.at;
import static gov.hotline.core.error.DomainErrors.domainErrorOf;
import static gov.hotline.core.org.Units.STR_QH;
import static gov.hotline.core.org.Units.STR_ZGC;
import static gov.hotline.core.ticket.Tickets.aReceivedTicket;
import static gov.hotline.core.ticket.Timeline.DISPATCHED;
import static gov.hotline.core.ticket.Timeline.HANDLE_DUE;
import static gov.hotline.core.ticket.Timeline.SIGNED;
import static gov.hotline.core.ticket.Timeline.SUBMITTED;
import static gov.hotline.core.user.Actors.dispatcher;
import static gov.hotline.core.user.Actors.handlerOf;
import static gov.hotline.core.user.Actors.manager;
import static gov.hotline.core.user.Actors.teamLead;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.org.Units;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A return rejected twice goes to the team lead or manager (退单仲裁), who approves it or orders the
 * unit to handle.
 */
class TicketLifecycleArbitrationTest {
  private static final Instant FIRST_RETURN = at(2025, 9, 30, 15, 0);
  private static final Instant FIRST_REJECTION = at(2025, 10, 9, 9, 30);
  private static final Instant SECOND_RETURN = at(2025, 10, 9, 10, 0);
  private static final Instant SECOND_REJECTION = at(2025, 10, 9, 11, 0);
  private static final Instant ARBITRATED = at(2025, 10, 9, 14, 0);

  private final TicketLifecycle lifecycle = Lifecycles.haidianOnTheOfficialCalendar();

  private static TicketJourney signed() {
    return TicketJourney.of(aReceivedTicket().build())
        .submit(SUBMITTED)
        .dispatchTo(STR_QH, DISPATCHED)
        .sign(SIGNED);
  }

  private static TicketCommand reject() {
    return new TicketCommand.DecideReturn(false, "经核实属本街道辖区");
  }

  private static TicketJourney rejectedOnce() {
    return signed().requestReturn(FIRST_RETURN).apply(reject(), dispatcher(), FIRST_REJECTION);
  }

  private static TicketJourney inArbitration() {
    return rejectedOnce()
        .requestReturn(SECOND_RETURN)
        .apply(reject(), dispatcher(), SECOND_REJECTION);
  }

  @Test
  void theFirstRejectionGoesBackToTheUnitAndIsCounted() {
    Ticket t = rejectedOnce().ticket();

    assertThat(t.status()).isEqualTo(TicketStatus.SIGNED);
    assertThat(t.flags().returnRejections()).isEqualTo(1);
  }

  @Test
  void theSecondRejectionSendsTheTicketToArbitrationNotBackToTheUnit() {
    TicketJourney j = inArbitration();
    Ticket t = j.ticket();
    HistoryEntry last = j.history().getLast();

    assertThat(t.status()).isEqualTo(TicketStatus.ARBITRATION);
    assertThat(t.assignment().leadUnitId()).isEqualTo(STR_QH);
    assertThat(t.flags().returnRejections()).isEqualTo(2);
    assertThat(t.flags().resumeStatus()).isEqualTo(TicketStatus.SIGNED);
    assertThat(last)
        .extracting(HistoryEntry::action, HistoryEntry::fromStatus, HistoryEntry::toStatus)
        .containsExactly(
            TicketAction.REJECT_RETURN, TicketStatus.RETURN_REQUESTED, TicketStatus.ARBITRATION);
    assertThat(last.details()).containsEntry("returnRejections", "2");
    assertThat(t.currentDueAt()).isEqualTo(HANDLE_DUE);
  }

  @Test
  void theTeamLeadApprovesTheReturnAndTheTicketWaitsForDispatchAgain() {
    Transition tr =
        lifecycle.apply(
            inArbitration().ticket(),
            new TicketCommand.Arbitrate(true, "确属中关村街道辖区"),
            teamLead(),
            ARBITRATED);

    assertThat(tr.after().status()).isEqualTo(TicketStatus.PENDING_DISPATCH);
    assertThat(tr.after().assignment()).isEqualTo(Assignment.NONE);
    assertThat(tr.after().flags().returnCount()).isEqualTo(1);
    assertThat(tr.after().flags().returnRejections()).isZero();
    assertThat(tr.after().deadlines().handleDueAt()).isEqualTo(HANDLE_DUE);
    assertThat(tr.entry())
        .extracting(HistoryEntry::action, HistoryEntry::toStatus, HistoryEntry::reason)
        .containsExactly(TicketAction.ARBITRATE, TicketStatus.PENDING_DISPATCH, "确属中关村街道辖区");
    assertThat(tr.entry().details()).containsEntry("decision", "APPROVE_RETURN");
  }

  @Test
  void theManagerOrdersTheUnitToHandleItAndItGoesBackWhereItWas() {
    Transition tr =
        lifecycle.apply(
            inArbitration().ticket(),
            new TicketCommand.Arbitrate(false, "属本街道职责，请办理"),
            manager(),
            ARBITRATED);

    assertThat(tr.after().status()).isEqualTo(TicketStatus.SIGNED);
    assertThat(tr.after().assignment().leadUnitId()).isEqualTo(STR_QH);
    assertThat(tr.after().flags().resumeStatus()).isNull();
    assertThat(tr.entry().details()).containsEntry("decision", "ORDER_HANDLING");
  }

  @Test
  void afterAnOrderAFurtherRejectedReturnGoesToArbitrationAtOnce() {
    Ticket ordered =
        TicketJourney.of(inArbitration().ticket())
            .apply(new TicketCommand.Arbitrate(false, "请办理"), teamLead(), ARBITRATED)
            .requestReturn(ARBITRATED.plusSeconds(600))
            .apply(reject(), dispatcher(), ARBITRATED.plusSeconds(1200))
            .ticket();

    assertThat(ordered.status()).isEqualTo(TicketStatus.ARBITRATION);
  }

  @Test
  void anApprovedReturnStartsTheCountAgainForTheNextUnit() {
    Ticket t =
        rejectedOnce()
            .requestReturn(SECOND_RETURN)
            .apply(new TicketCommand.DecideReturn(true, null), dispatcher(), SECOND_REJECTION)
            .ticket();

    assertThat(t.flags().returnRejections()).isZero();
  }

  @Test
  void onlyTheTeamLeadOrManagerArbitrates() {
    Ticket t = inArbitration().ticket();

    DomainException byDispatcher =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    t, new TicketCommand.Arbitrate(true, "同意"), dispatcher(), ARBITRATED));
    DomainException byUnit =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    t, new TicketCommand.Arbitrate(true, "同意"), handlerOf(STR_QH), ARBITRATED));

    assertThat(byDispatcher.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(byUnit.kind()).isEqualTo(ErrorKind.FORBIDDEN);
  }

  @Test
  void arbitrationNeedsAReasonAndATicketInArbitration() {
    DomainException noReason = domainErrorOf(() -> new TicketCommand.Arbitrate(true, " "));
    DomainException notInArbitration =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    rejectedOnce().ticket(),
                    new TicketCommand.Arbitrate(true, "同意"),
                    teamLead(),
                    ARBITRATED));

    assertThat(noReason.getMessage()).contains("仲裁意见");
    assertThat(notInArbitration.code()).isEqualTo("ILLEGAL_TRANSITION");
    assertThat(notInArbitration.getMessage()).contains("退单仲裁中");
  }

  @Test
  void theUnitSeesTheTicketButMayDoNothingWhileItIsArbitrated() {
    Ticket t = inArbitration().ticket();
    TicketAccess access = new TicketAccess(Units.haidian());

    assertThat(access.canView(handlerOf(STR_QH), t)).isTrue();
    assertThat(access.actionsNow(handlerOf(STR_QH), t))
        .containsOnly(TicketAction.REQUEST_EXCLUSION);
    assertThat(access.actionsNow(teamLead(), t))
        .contains(TicketAction.ARBITRATE, TicketAction.URGE);
    assertThat(access.actionsNow(handlerOf(STR_ZGC), t)).isEmpty();
  }
}
