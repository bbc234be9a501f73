package gov.hotline.core.ticket;

import static gov.hotline.core.ShanghaiTime.at;
import static gov.hotline.core.ShanghaiTime.endOf;
import static gov.hotline.core.error.DomainErrors.domainErrorOf;
import static gov.hotline.core.org.Units.STR_QH;
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

class TicketLifecycleExtensionTest {

  private static final Instant BEFORE_DEADLINE = at(2025, 10, 14, 10, 0);
  private static final Instant AFTER_DEADLINE = at(2025, 10, 17, 9, 0);
  private static final Instant ASKED_FOR = endOf(2025, 10, 23);
  private static final Instant DECIDED = at(2025, 10, 14, 15, 0);

  private final TicketLifecycle lifecycle = Lifecycles.haidianOnTheOfficialCalendar();

  @Test
  void anExtensionRequestedBeforeTheDeadlineWaitsForApprovalWithTheDateAskedFor() {
    Transition t =
        lifecycle.apply(
            signed().ticket(),
            new TicketCommand.RequestExtension(ASKED_FOR, "需协调多个部门联合执法"),
            handlerOf(STR_QH),
            BEFORE_DEADLINE);

    assertThat(t.after().status()).isEqualTo(TicketStatus.EXTENSION_REQUESTED);
    assertThat(t.after().flags().requestedDueAt()).isEqualTo(ASKED_FOR);
    assertThat(t.after().deadlines().handleDueAt()).isEqualTo(HANDLE_DUE);
    assertThat(t.entry())
        .extracting(
            HistoryEntry::action,
            HistoryEntry::fromStatus,
            HistoryEntry::toStatus,
            HistoryEntry::reason)
        .containsExactly(
            TicketAction.REQUEST_EXTENSION,
            TicketStatus.SIGNED,
            TicketStatus.EXTENSION_REQUESTED,
            "需协调多个部门联合执法");
    assertThat(t.entry().details()).containsEntry("requestedDueAt", ASKED_FOR.toString());
  }

  @Test
  void approvingAnExtensionMovesTheHandlingDeadlineToTheDateAskedFor() {
    Transition t =
        lifecycle.apply(
            extensionRequested().ticket(),
            new TicketCommand.DecideExtension(true, null, null),
            dispatcher(),
            DECIDED);

    assertThat(t.after().status()).isEqualTo(TicketStatus.SIGNED);
    assertThat(t.after().deadlines().handleDueAt()).isEqualTo(ASKED_FOR);
    assertThat(t.after().flags().extensionCount()).isEqualTo(1);
    assertThat(t.after().flags().requestedDueAt()).isNull();
    assertThat(t.entry().action()).isEqualTo(TicketAction.APPROVE_EXTENSION);
    assertThat(t.entry().details()).containsEntry("handleDueAt", HANDLE_DUE + "→" + ASKED_FOR);
  }

  @Test
  void theApproverMayGrantAnotherDueDateThanTheOneAskedFor() {
    Instant granted = endOf(2025, 10, 21);

    Ticket approved =
        extensionRequested()
            .apply(
                new TicketCommand.DecideExtension(true, granted, "给予3个工作日"), dispatcher(), DECIDED)
            .ticket();

    assertThat(approved.deadlines().handleDueAt()).isEqualTo(granted);
  }

  @Test
  void anApprovedDueDateThatIsNotLaterThanTheCurrentOneIsInvalid() {
    Ticket requested = extensionRequested().ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    requested,
                    new TicketCommand.DecideExtension(true, endOf(2025, 10, 15), null),
                    dispatcher(),
                    DECIDED));

    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
    assertThat(e.code()).isEqualTo("EXTENSION_NOT_LATER");
  }

  @Test
  void anExtensionRequestedAfterTheDeadlineIsRefused() {
    Ticket signed = signed().ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    signed,
                    new TicketCommand.RequestExtension(ASKED_FOR, "来不及了"),
                    handlerOf(STR_QH),
                    AFTER_DEADLINE));

    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(e.code()).isEqualTo("EXTENSION_AFTER_DEADLINE");
    assertThat(e.getMessage()).contains("已超过办理期限");
  }

  @Test
  void anExtensionToADateNotLaterThanTheCurrentDeadlineIsInvalid() {
    Ticket signed = signed().ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    signed,
                    new TicketCommand.RequestExtension(HANDLE_DUE, "再给点时间"),
                    handlerOf(STR_QH),
                    BEFORE_DEADLINE));

    assertThat(e.code()).isEqualTo("EXTENSION_NOT_LATER");
  }

  @Test
  void rejectingAnExtensionKeepsTheOriginalDeadlineAndReturnsTheTicketToTheUnit() {
    Transition t =
        lifecycle.apply(
            extensionRequested().ticket(),
            new TicketCommand.DecideExtension(false, null, "理由不充分"),
            dispatcher(),
            DECIDED);

    assertThat(t.after().status()).isEqualTo(TicketStatus.SIGNED);
    assertThat(t.after().deadlines().handleDueAt()).isEqualTo(HANDLE_DUE);
    assertThat(t.after().flags().extensionCount()).isZero();
    assertThat(t.after().flags().requestedDueAt()).isNull();
    assertThat(t.entry())
        .extracting(HistoryEntry::action, HistoryEntry::reason)
        .containsExactly(TicketAction.REJECT_EXTENSION, "理由不充分");
  }

  @Test
  void rejectingAnExtensionWithoutAReasonIsRefused() {
    DomainException e = domainErrorOf(() -> new TicketCommand.DecideExtension(false, null, " "));

    assertThat(e.code()).isEqualTo("MISSING_FIELD");
    assertThat(e.getMessage()).contains("驳回理由");
  }

  @Test
  void anExtensionCannotBeRequestedBeforeTheUnitHasSignedForTheTicket() {
    Ticket dispatched = dispatched().ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    dispatched,
                    new TicketCommand.RequestExtension(ASKED_FOR, "需协调"),
                    handlerOf(STR_QH),
                    BEFORE_DEADLINE));

    assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION");
  }

  @Test
  void theUnitCannotDecideOnItsOwnExtension() {
    Ticket requested = extensionRequested().ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    requested,
                    new TicketCommand.DecideExtension(true, null, null),
                    handlerOf(STR_QH),
                    DECIDED));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
  }

  private static TicketJourney dispatched() {
    return TicketJourney.of(aReceivedTicket().build())
        .submit(SUBMITTED)
        .dispatchTo(STR_QH, DISPATCHED);
  }

  private static TicketJourney signed() {
    return dispatched().sign(SIGNED);
  }

  private static TicketJourney extensionRequested() {
    return signed().requestExtension(ASKED_FOR, BEFORE_DEADLINE);
  }
}
