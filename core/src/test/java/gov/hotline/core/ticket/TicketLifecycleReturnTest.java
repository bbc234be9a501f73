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
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketLifecycleReturnTest {

  private static final Instant RETURNED = at(2025, 9, 30, 15, 0);
  private static final Instant DECIDED = at(2025, 10, 9, 9, 30);
  private static final Instant REDISPATCHED = at(2025, 10, 9, 10, 0);

  private final TicketLifecycle lifecycle = Lifecycles.haidianOnTheOfficialCalendar();

  @Test
  void aUnitsReturnWaitsForTheDispatchersDecisionWithItsReason() {
    Transition t =
        lifecycle.apply(
            signed().ticket(),
            new TicketCommand.Return(ReturnReason.NOT_JURISDICTION, "该地址属中关村街道辖区"),
            handlerOf(STR_QH),
            RETURNED);

    assertThat(t.after().status()).isEqualTo(TicketStatus.RETURN_REQUESTED);
    assertThat(t.after().flags().resumeStatus()).isEqualTo(TicketStatus.SIGNED);
    assertThat(t.entry())
        .extracting(
            HistoryEntry::action,
            HistoryEntry::fromStatus,
            HistoryEntry::toStatus,
            HistoryEntry::reason)
        .containsExactly(
            TicketAction.RETURN,
            TicketStatus.SIGNED,
            TicketStatus.RETURN_REQUESTED,
            "非本单位辖区：该地址属中关村街道辖区");
    assertThat(t.entry().details()).containsEntry("returnReason", "NOT_JURISDICTION");
  }

  @Test
  void aDispatchedTicketMayBeReturnedWithoutSigningForItFirst() {
    Ticket returned = dispatched().requestReturn(RETURNED).ticket();

    assertThat(returned.status()).isEqualTo(TicketStatus.RETURN_REQUESTED);
    assertThat(returned.flags().resumeStatus()).isEqualTo(TicketStatus.DISPATCHED);
  }

  @Test
  void approvingAReturnSendsTheTicketBackToTheDispatchQueueWithoutALeadUnit() {
    Transition t =
        lifecycle.apply(
            signed().requestReturn(RETURNED).ticket(),
            new TicketCommand.DecideReturn(true, null),
            dispatcher(),
            DECIDED);

    assertThat(t.after().status()).isEqualTo(TicketStatus.PENDING_DISPATCH);
    assertThat(t.after().assignment()).isEqualTo(Assignment.NONE);
    assertThat(t.after().deadlines().signDueAt()).isNull();
    assertThat(t.after().flags().returnCount()).isEqualTo(1);
    assertThat(t.entry())
        .extracting(HistoryEntry::action, HistoryEntry::fromStatus, HistoryEntry::toStatus)
        .containsExactly(
            TicketAction.APPROVE_RETURN,
            TicketStatus.RETURN_REQUESTED,
            TicketStatus.PENDING_DISPATCH);
    assertThat(t.entry().details()).containsEntry("leadUnitId", "STR_QH→null");
  }

  @Test
  void approvingAReturnKeepsTheCitizensHandlingDeadline() {
    Ticket approved =
        signed()
            .requestReturn(RETURNED)
            .apply(new TicketCommand.DecideReturn(true, "同意改派"), dispatcher(), DECIDED)
            .ticket();

    assertThat(approved.deadlines().handleDueAt()).isEqualTo(HANDLE_DUE);
  }

  @Test
  void reDispatchingAfterAReturnGivesTheNewUnitItsOwnSignForDeadlineButNotANewHandlingDeadline() {
    Ticket redispatched =
        signed()
            .requestReturn(RETURNED)
            .apply(new TicketCommand.DecideReturn(true, null), dispatcher(), DECIDED)
            .dispatchTo(STR_ZGC, REDISPATCHED)
            .ticket();

    assertThat(redispatched.assignment().leadUnitId()).isEqualTo(STR_ZGC);
    assertThat(redispatched.deadlines().signDueAt()).isEqualTo(at(2025, 10, 9, 12, 0));
    assertThat(redispatched.deadlines().handleDueAt()).isEqualTo(HANDLE_DUE);
    assertThat(redispatched.progress().firstDispatchedAt()).isEqualTo(DISPATCHED);
    assertThat(redispatched.progress().dispatchedAt()).isEqualTo(REDISPATCHED);
    assertThat(redispatched.progress().signedAt()).isNull();
  }

  @Test
  void rejectingAReturnOfASignedTicketPutsItBackToSigned() {
    Transition t =
        lifecycle.apply(
            signed().requestReturn(RETURNED).ticket(),
            new TicketCommand.DecideReturn(false, "经核实属本街道辖区"),
            dispatcher(),
            DECIDED);

    assertThat(t.after().status()).isEqualTo(TicketStatus.SIGNED);
    assertThat(t.after().assignment().leadUnitId()).isEqualTo(STR_QH);
    assertThat(t.after().flags().returnCount()).isZero();
    assertThat(t.after().flags().resumeStatus()).isNull();
    assertThat(t.entry())
        .extracting(HistoryEntry::action, HistoryEntry::toStatus, HistoryEntry::reason)
        .containsExactly(TicketAction.REJECT_RETURN, TicketStatus.SIGNED, "经核实属本街道辖区");
  }

  @Test
  void rejectingAReturnOfADispatchedTicketPutsItBackToDispatched() {
    Ticket rejected =
        dispatched()
            .requestReturn(RETURNED)
            .apply(new TicketCommand.DecideReturn(false, "经核实属本街道辖区"), dispatcher(), DECIDED)
            .ticket();

    assertThat(rejected.status()).isEqualTo(TicketStatus.DISPATCHED);
  }

  @Test
  void aReturnWithoutAnExplanationIsRefusedBeforeItReachesTheTicket() {
    DomainException e = domainErrorOf(() -> new TicketCommand.Return(ReturnReason.NOT_DUTY, "   "));

    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
    assertThat(e.code()).isEqualTo("MISSING_FIELD");
    assertThat(e.getMessage()).isEqualTo("缺少必填项：退单理由（reason）");
  }

  @Test
  void aReturnWithoutAReasonFromTheListIsRefused() {
    DomainException e = domainErrorOf(() -> new TicketCommand.Return(null, "不归我们管"));

    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
    assertThat(e.getMessage()).contains("退单原因（reasonCode）");
  }

  @Test
  void aReturnKeepsTheCitizensHandlingDeadlineWhileItWaits() {
    Ticket returned = signed().requestReturn(RETURNED).ticket();

    assertThat(returned.deadlines().handleDueAt()).isEqualTo(HANDLE_DUE);
    assertThat(returned.currentDueAt()).isEqualTo(HANDLE_DUE);
  }

  @Test
  void rejectingAReturnWithoutAReasonIsRefused() {
    DomainException e = domainErrorOf(() -> new TicketCommand.DecideReturn(false, null));

    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
    assertThat(e.getMessage()).contains("驳回理由");
  }

  @Test
  void onlyTheDispatcherDecidesOnAReturn() {
    Ticket returned = signed().requestReturn(RETURNED).ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    returned,
                    new TicketCommand.DecideReturn(true, null),
                    handlerOf(STR_QH),
                    DECIDED));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
  }

  @Test
  void aTicketAwaitingAReturnDecisionCannotBeRepliedTo() {
    Ticket returned = signed().requestReturn(RETURNED).ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    returned, new TicketCommand.Reply("已处理"), handlerOf(STR_QH), DECIDED));

    assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION");
    assertThat(e.getMessage()).contains("退单审核中");
  }

  private static TicketJourney dispatched() {
    return TicketJourney.of(aReceivedTicket().build())
        .submit(SUBMITTED)
        .dispatchTo(STR_QH, DISPATCHED);
  }

  private static TicketJourney signed() {
    return dispatched().sign(SIGNED);
  }
}
