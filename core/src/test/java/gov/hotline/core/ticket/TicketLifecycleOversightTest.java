package gov.hotline.core.ticket;

import static gov.hotline.core.ShanghaiTime.at;
import static gov.hotline.core.ShanghaiTime.endOf;
import static gov.hotline.core.error.DomainErrors.domainErrorOf;
import static gov.hotline.core.org.Units.BUR_CGZF;
import static gov.hotline.core.org.Units.STR_QH;
import static gov.hotline.core.ticket.Tickets.aReceivedTicket;
import static gov.hotline.core.ticket.Timeline.CALLED_BACK;
import static gov.hotline.core.ticket.Timeline.CLOSED;
import static gov.hotline.core.ticket.Timeline.DISPATCHED;
import static gov.hotline.core.ticket.Timeline.REPLIED;
import static gov.hotline.core.ticket.Timeline.SIGNED;
import static gov.hotline.core.ticket.Timeline.SUBMITTED;
import static gov.hotline.core.user.Actors.agent;
import static gov.hotline.core.user.Actors.dispatcher;
import static gov.hotline.core.user.Actors.handlerOf;
import static gov.hotline.core.user.Actors.manager;
import static gov.hotline.core.user.Actors.teamLead;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TicketLifecycleOversightTest {

  private static final Instant URGED = at(2025, 10, 10, 9, 0);
  private static final Instant URGED_AGAIN = at(2025, 10, 13, 9, 0);
  private static final Instant SUPERVISED = at(2025, 10, 10, 9, 0);
  private static final Instant EXCLUSION_REQUESTED = at(2025, 10, 15, 9, 0);
  private static final Instant REVIEWED = at(2025, 10, 16, 9, 0);

  private final TicketLifecycle lifecycle = Lifecycles.haidianOnTheOfficialCalendar();

  @Test
  void urgingCountsUpWithoutChangingTheStatus() {
    Transition second =
        lifecycle.apply(
            signed().apply(new TicketCommand.Urge("请尽快处理"), dispatcher(), URGED).ticket(),
            new TicketCommand.Urge("诉求人再次来电催促"),
            teamLead(),
            URGED_AGAIN);

    assertThat(second.after().flags().urgeCount()).isEqualTo(2);
    assertThat(second.after().status()).isEqualTo(TicketStatus.SIGNED);
    assertThat(second.entry())
        .extracting(
            HistoryEntry::action,
            HistoryEntry::fromStatus,
            HistoryEntry::toStatus,
            HistoryEntry::reason)
        .containsExactly(TicketAction.URGE, TicketStatus.SIGNED, TicketStatus.SIGNED, "诉求人再次来电催促");
    assertThat(second.entry().details()).isEqualTo(Map.of("urgeCount", "2"));
  }

  @Test
  void aTicketNotYetWithAUnitCannotBeUrged() {
    Ticket pending = TicketJourney.of(aReceivedTicket().build()).submit(SUBMITTED).ticket();

    DomainException e =
        domainErrorOf(
            () -> lifecycle.apply(pending, new TicketCommand.Urge(null), dispatcher(), URGED));

    assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION");
  }

  @Test
  void anAgentCannotUrge() {
    Ticket signed = signed().ticket();

    DomainException e =
        domainErrorOf(() -> lifecycle.apply(signed, new TicketCommand.Urge(null), agent(), URGED));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
  }

  @Test
  void supervisingFlagsTheTicketAndSetsTheSupervisionDeadline() {
    Instant supervisionDue = endOf(2025, 10, 13);

    Transition t =
        lifecycle.apply(
            signed().ticket(),
            new TicketCommand.Supervise(supervisionDue, "列入区级督办"),
            manager(),
            SUPERVISED);

    assertThat(t.after().flags().supervised()).isTrue();
    assertThat(t.after().deadlines().supervisionDueAt()).isEqualTo(supervisionDue);
    assertThat(t.after().status()).isEqualTo(TicketStatus.SIGNED);
    assertThat(t.entry())
        .extracting(HistoryEntry::action, HistoryEntry::reason)
        .containsExactly(TicketAction.SUPERVISE, "列入区级督办");
    assertThat(t.entry().details()).containsEntry("supervisionDueAt", supervisionDue.toString());
  }

  @Test
  void supervisingAgainWithoutADueDateKeepsTheEarlierSupervisionDeadline() {
    Instant supervisionDue = endOf(2025, 10, 13);

    Ticket again =
        signed()
            .apply(new TicketCommand.Supervise(supervisionDue, null), manager(), SUPERVISED)
            .apply(new TicketCommand.Supervise(null, "再次督办"), dispatcher(), URGED_AGAIN)
            .ticket();

    assertThat(again.deadlines().supervisionDueAt()).isEqualTo(supervisionDue);
  }

  @Test
  void aSupervisionDeadlineInThePastIsInvalid() {
    Ticket signed = signed().ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    signed,
                    new TicketCommand.Supervise(at(2025, 10, 9, 9, 0), null),
                    manager(),
                    SUPERVISED));

    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
    assertThat(e.code()).isEqualTo("DEADLINE_IN_PAST");
  }

  @Test
  void aTicketWaitingForDispatchMayAlreadyBeSupervised() {
    Ticket pending = TicketJourney.of(aReceivedTicket().build()).submit(SUBMITTED).ticket();

    Transition t =
        lifecycle.apply(
            pending, new TicketCommand.Supervise(null, "领导批示"), dispatcher(), SUPERVISED);

    assertThat(t.after().flags().supervised()).isTrue();
    assertThat(t.after().status()).isEqualTo(TicketStatus.PENDING_DISPATCH);
  }

  @Test
  void theLeadUnitMayAskToExcludeATicketFromAssessment() {
    Transition t =
        lifecycle.apply(
            signed().ticket(),
            new TicketCommand.RequestExclusion("诉求人诉求超出政策范围"),
            handlerOf(STR_QH),
            EXCLUSION_REQUESTED);

    assertThat(t.after().flags().exclusion()).isEqualTo(ExclusionStatus.REQUESTED);
    assertThat(t.after().status()).isEqualTo(TicketStatus.SIGNED);
    assertThat(t.entry())
        .extracting(HistoryEntry::action, HistoryEntry::reason)
        .containsExactly(TicketAction.REQUEST_EXCLUSION, "诉求人诉求超出政策范围");
  }

  @Test
  void aSecondExclusionRequestWhileOneIsPendingIsRefused() {
    Ticket requested = exclusionRequested().ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    requested,
                    new TicketCommand.RequestExclusion("再次申请"),
                    handlerOf(STR_QH),
                    REVIEWED));

    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(e.code()).isEqualTo("EXCLUSION_PENDING");
    assertThat(e.getMessage()).contains("待审核");
  }

  @Test
  void approvingAnExclusionRequestRecordsTheDecision() {
    Transition t =
        lifecycle.apply(
            exclusionRequested().ticket(),
            new TicketCommand.ReviewExclusion(true, "情况属实"),
            manager(),
            REVIEWED);

    assertThat(t.after().flags().exclusion()).isEqualTo(ExclusionStatus.APPROVED);
    assertThat(t.entry().details()).containsEntry("exclusion", "REQUESTED→APPROVED");
  }

  @Test
  void anApprovedExclusionCannotBeRequestedAgain() {
    Ticket approved =
        exclusionRequested()
            .apply(new TicketCommand.ReviewExclusion(true, null), manager(), REVIEWED)
            .ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    approved,
                    new TicketCommand.RequestExclusion("再次申请"),
                    handlerOf(STR_QH),
                    REVIEWED));

    assertThat(e.code()).isEqualTo("EXCLUSION_PENDING");
  }

  @Test
  void anApprovedExclusionCanBeRevokedWithAReasonAndRecordsIt() {
    Ticket approved =
        exclusionRequested()
            .apply(new TicketCommand.ReviewExclusion(true, null), manager(), REVIEWED)
            .ticket();

    Transition t =
        lifecycle.apply(
            approved, new TicketCommand.RevokeExclusion("复核发现属于本单位职责"), dispatcher(), REVIEWED);

    assertThat(t.after().flags().exclusion()).isEqualTo(ExclusionStatus.REVOKED);
    assertThat(t.entry().details()).containsEntry("exclusion", "APPROVED→REVOKED");
  }

  @Test
  void onlyAnApprovedExclusionCanBeRevoked() {
    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    exclusionRequested().ticket(),
                    new TicketCommand.RevokeExclusion("撤销"),
                    dispatcher(),
                    REVIEWED));

    assertThat(e.code()).isEqualTo("NO_APPROVED_EXCLUSION");
  }

  @Test
  void aRejectedExclusionMayBeRequestedAgainWithNewReasons() {
    Ticket again =
        exclusionRequested()
            .apply(new TicketCommand.ReviewExclusion(false, "证据不足"), dispatcher(), REVIEWED)
            .apply(new TicketCommand.RequestExclusion("补充了现场照片"), handlerOf(STR_QH), REVIEWED)
            .ticket();

    assertThat(again.flags().exclusion()).isEqualTo(ExclusionStatus.REQUESTED);
  }

  @Test
  void rejectingAnExclusionNeedsAReason() {
    DomainException e = domainErrorOf(() -> new TicketCommand.ReviewExclusion(false, null));

    assertThat(e.code()).isEqualTo("MISSING_FIELD");
  }

  @Test
  void reviewingWithoutAPendingRequestIsAConflict() {
    Ticket signed = signed().ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    signed, new TicketCommand.ReviewExclusion(true, null), manager(), REVIEWED));

    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(e.code()).isEqualTo("NO_EXCLUSION_REQUEST");
  }

  @Test
  void anAssistingUnitCannotAskForExclusion() {
    Ticket signed =
        TicketJourney.of(aReceivedTicket().build())
            .submit(SUBMITTED)
            .dispatchTo(STR_QH, DISPATCHED, BUR_CGZF)
            .sign(SIGNED)
            .ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    signed,
                    new TicketCommand.RequestExclusion("非我局职责"),
                    handlerOf(BUR_CGZF),
                    EXCLUSION_REQUESTED));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
  }

  @Test
  void anExclusionMayStillBeRequestedAfterTheTicketIsClosed() {
    Ticket closed = signed().reply(REPLIED).callback(true, CALLED_BACK).close(CLOSED).ticket();

    Transition t =
        lifecycle.apply(
            closed,
            new TicketCommand.RequestExclusion("属历史遗留问题"),
            handlerOf(STR_QH),
            EXCLUSION_REQUESTED);

    assertThat(t.after().flags().exclusion()).isEqualTo(ExclusionStatus.REQUESTED);
    assertThat(t.after().status()).isEqualTo(TicketStatus.CLOSED);
  }

  private static TicketJourney signed() {
    return TicketJourney.of(aReceivedTicket().build())
        .submit(SUBMITTED)
        .dispatchTo(STR_QH, DISPATCHED)
        .sign(SIGNED);
  }

  private static TicketJourney exclusionRequested() {
    return signed()
        .apply(
            new TicketCommand.RequestExclusion("诉求人诉求超出政策范围"),
            handlerOf(STR_QH),
            EXCLUSION_REQUESTED);
  }
}
