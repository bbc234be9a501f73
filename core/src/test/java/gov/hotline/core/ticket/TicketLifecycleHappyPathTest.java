package gov.hotline.core.ticket;

import static gov.hotline.core.error.DomainErrors.domainErrorOf;
import static gov.hotline.core.org.Units.BUR_CGZF;
import static gov.hotline.core.org.Units.STR_QH;
import static gov.hotline.core.ticket.Tickets.aReceivedTicket;
import static gov.hotline.core.ticket.Timeline.CALLBACK_DUE;
import static gov.hotline.core.ticket.Timeline.CALLED_BACK;
import static gov.hotline.core.ticket.Timeline.CLOSED;
import static gov.hotline.core.ticket.Timeline.DISPATCHED;
import static gov.hotline.core.ticket.Timeline.HANDLE_DUE;
import static gov.hotline.core.ticket.Timeline.REPLIED;
import static gov.hotline.core.ticket.Timeline.SIGNED;
import static gov.hotline.core.ticket.Timeline.SIGN_DUE;
import static gov.hotline.core.ticket.Timeline.SUBMITTED;
import static gov.hotline.core.user.Actors.agent;
import static gov.hotline.core.user.Actors.dispatcher;
import static gov.hotline.core.user.Actors.handlerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gov.hotline.core.ShanghaiTime;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.user.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TicketLifecycleHappyPathTest {

  private final TicketLifecycle lifecycle = Lifecycles.haidianOnTheOfficialCalendar();

  @Test
  void submittingAReceivedTicketPutsItInTheDispatchQueue() {
    Transition t =
        lifecycle.apply(
            aReceivedTicket().build(), new TicketCommand.Submit("需街道核实"), agent(), SUBMITTED);

    assertThat(t.after().status()).isEqualTo(TicketStatus.PENDING_DISPATCH);
    assertThat(t.entry())
        .extracting(
            HistoryEntry::action,
            HistoryEntry::fromStatus,
            HistoryEntry::toStatus,
            HistoryEntry::actor,
            HistoryEntry::reason)
        .containsExactly(
            TicketAction.SUBMIT,
            TicketStatus.RECEIVED,
            TicketStatus.PENDING_DISPATCH,
            agent(),
            "需街道核实");
  }

  @Test
  void dispatchingAssignsTheLeadAndAssistingUnits() {
    Ticket dispatched = submitted().dispatchTo(STR_QH, DISPATCHED, BUR_CGZF).ticket();

    assertThat(dispatched.status()).isEqualTo(TicketStatus.DISPATCHED);
    assertThat(dispatched.assignment()).isEqualTo(new Assignment(STR_QH, List.of(BUR_CGZF)));
    assertThat(dispatched.progress().dispatchedAt()).isEqualTo(DISPATCHED);
    assertThat(dispatched.progress().firstDispatchedAt()).isEqualTo(DISPATCHED);
  }

  @Test
  void dispatchingSetsTheSignForAndHandlingDeadlinesFromTheCategoryGroupsPolicy() {
    Ticket dispatched = submitted().dispatchTo(STR_QH, DISPATCHED).ticket();

    assertThat(dispatched.deadlines().signDueAt()).isEqualTo(SIGN_DUE);
    assertThat(dispatched.deadlines().handleDueAt()).isEqualTo(HANDLE_DUE);
    assertThat(dispatched.deadlines().callbackDueAt()).isNull();
  }

  @Test
  void dispatchingRecordsUnitsDeadlinesAndTheDispatchersNoteInTheHistory() {
    Transition t =
        lifecycle.apply(
            submitted().ticket(),
            new TicketCommand.Dispatch(STR_QH, List.of(BUR_CGZF), "请依法处置"),
            dispatcher(),
            DISPATCHED);

    assertThat(t.entry())
        .extracting(
            HistoryEntry::action,
            HistoryEntry::fromStatus,
            HistoryEntry::toStatus,
            HistoryEntry::actor,
            HistoryEntry::reason,
            HistoryEntry::at)
        .containsExactly(
            TicketAction.DISPATCH,
            TicketStatus.PENDING_DISPATCH,
            TicketStatus.DISPATCHED,
            dispatcher(),
            "请依法处置",
            DISPATCHED);
    assertThat(t.entry().details())
        .isEqualTo(
            Map.of(
                "leadUnitId",
                "null→STR_QH",
                "assistUnitIds",
                "BUR_CGZF",
                "signDueAt",
                SIGN_DUE.toString(),
                "handleDueAt",
                "null→" + HANDLE_DUE));
  }

  @Test
  void signingStartsTheUnitsHandlingAndRecordsThatItWasOnTime() {
    Transition t =
        lifecycle.apply(dispatched().ticket(), new TicketCommand.Sign(), handlerOf(STR_QH), SIGNED);

    assertThat(t.after().status()).isEqualTo(TicketStatus.SIGNED);
    assertThat(t.after().progress().signedAt()).isEqualTo(SIGNED);
    assertThat(t.entry())
        .extracting(
            HistoryEntry::action,
            HistoryEntry::fromStatus,
            HistoryEntry::toStatus,
            HistoryEntry::actor)
        .containsExactly(
            TicketAction.SIGN, TicketStatus.DISPATCHED, TicketStatus.SIGNED, handlerOf(STR_QH));
    assertThat(t.entry().details()).containsEntry("signedOnTime", "true");
  }

  @Test
  void signingAfterTheSignForDeadlineIsRecordedAsLate() {
    Transition t =
        lifecycle.apply(
            dispatched().ticket(),
            new TicketCommand.Sign(),
            handlerOf(STR_QH),
            ShanghaiTime.at(2025, 9, 30, 14, 0));

    assertThat(t.entry().details()).containsEntry("signedOnTime", "false");
  }

  @Test
  void replyingRecordsTheUnitsResultAndStartsTheCallbackClock() {
    Transition t =
        lifecycle.apply(
            signed().ticket(), new TicketCommand.Reply("已拆除楼顶违建。"), handlerOf(STR_QH), REPLIED);

    assertThat(t.after().status()).isEqualTo(TicketStatus.REPLIED);
    assertThat(t.after().progress().reply()).isEqualTo("已拆除楼顶违建。");
    assertThat(t.after().progress().repliedAt()).isEqualTo(REPLIED);
    assertThat(t.after().deadlines().callbackDueAt()).isEqualTo(CALLBACK_DUE);
    assertThat(t.entry().details())
        .containsEntry("repliedOnTime", "true")
        .containsEntry("callbackDueAt", CALLBACK_DUE.toString());
  }

  @Test
  void replyingAfterTheHandlingDeadlineIsRecordedAsLate() {
    Transition t =
        lifecycle.apply(
            signed().ticket(),
            new TicketCommand.Reply("已处理。"),
            handlerOf(STR_QH),
            ShanghaiTime.at(2025, 10, 17, 9, 0));

    assertThat(t.entry().details()).containsEntry("repliedOnTime", "false");
  }

  @Test
  void theCallbackRecordsWhetherTheProblemWasResolvedAndHowSatisfiedTheCitizenIs() {
    Transition t =
        lifecycle.apply(
            replied().ticket(),
            new TicketCommand.Callback(true, Satisfaction.BASICALLY_SATISFIED, "诉求人表示违建已拆"),
            agent(),
            CALLED_BACK);

    assertThat(t.after().status()).isEqualTo(TicketStatus.CALLBACK_DONE);
    assertThat(t.after().progress())
        .extracting(Progress::callbackAt, Progress::resolved, Progress::satisfaction)
        .containsExactly(CALLED_BACK, true, Satisfaction.BASICALLY_SATISFIED);
    assertThat(t.entry().details())
        .isEqualTo(Map.of("resolved", "true", "satisfaction", "BASICALLY_SATISFIED"));
    assertThat(t.entry().reason()).isEqualTo("诉求人表示违建已拆");
  }

  @Test
  void closingAfterTheCallbackEndsTheTicket() {
    Transition t =
        lifecycle.apply(
            replied().callback(true, CALLED_BACK).ticket(),
            new TicketCommand.Close("办结"),
            agent(),
            CLOSED);

    assertThat(t.after().status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(t.after().progress().closedAt()).isEqualTo(CLOSED);
    assertThat(t.entry())
        .extracting(HistoryEntry::fromStatus, HistoryEntry::toStatus)
        .containsExactly(TicketStatus.CALLBACK_DONE, TicketStatus.CLOSED);
  }

  @Test
  void theWholeHappyPathLeavesOneHistoryEntryPerStepWithWhoDidIt() {
    TicketJourney journey =
        submitted()
            .dispatchTo(STR_QH, DISPATCHED)
            .sign(SIGNED)
            .reply(REPLIED)
            .callback(true, CALLED_BACK)
            .close(CLOSED);

    assertThat(journey.history())
        .extracting(
            HistoryEntry::action,
            HistoryEntry::fromStatus,
            HistoryEntry::toStatus,
            e -> e.actor().role())
        .containsExactly(
            tuple(
                TicketAction.SUBMIT,
                TicketStatus.RECEIVED,
                TicketStatus.PENDING_DISPATCH,
                Role.AGENT),
            tuple(
                TicketAction.DISPATCH,
                TicketStatus.PENDING_DISPATCH,
                TicketStatus.DISPATCHED,
                Role.DISPATCHER),
            tuple(
                TicketAction.SIGN, TicketStatus.DISPATCHED, TicketStatus.SIGNED, Role.UNIT_HANDLER),
            tuple(TicketAction.REPLY, TicketStatus.SIGNED, TicketStatus.REPLIED, Role.UNIT_HANDLER),
            tuple(
                TicketAction.CALLBACK,
                TicketStatus.REPLIED,
                TicketStatus.CALLBACK_DONE,
                Role.AGENT),
            tuple(TicketAction.CLOSE, TicketStatus.CALLBACK_DONE, TicketStatus.CLOSED, Role.AGENT));
    assertThat(journey.history()).extracting(HistoryEntry::ticketId).containsOnly(Tickets.ID);
    assertThat(journey.history())
        .extracting(HistoryEntry::at)
        .containsExactly(SUBMITTED, DISPATCHED, SIGNED, REPLIED, CALLED_BACK, CLOSED);
  }

  @Test
  void theWholeHappyPathKeepsTheCitizensHandlingDeadlineAndEveryMilestone() {
    Ticket closed =
        submitted()
            .dispatchTo(STR_QH, DISPATCHED)
            .sign(SIGNED)
            .reply(REPLIED)
            .callback(true, CALLED_BACK)
            .close(CLOSED)
            .ticket();

    assertThat(closed.deadlines())
        .isEqualTo(new Deadlines(SIGN_DUE, HANDLE_DUE, CALLBACK_DUE, null));
    assertThat(closed.progress())
        .extracting(
            Progress::firstDispatchedAt,
            Progress::signedAt,
            Progress::repliedAt,
            Progress::callbackAt,
            Progress::closedAt)
        .containsExactly(DISPATCHED, SIGNED, REPLIED, CALLED_BACK, CLOSED);
  }

  @Test
  void aTransitionLeavesTheTicketItStartedFromUnchanged() {
    Ticket received = aReceivedTicket().build();

    Transition t = lifecycle.apply(received, new TicketCommand.Submit(null), agent(), SUBMITTED);

    assertThat(t.before()).isSameAs(received);
    assertThat(received.status()).isEqualTo(TicketStatus.RECEIVED);
  }

  @Test
  void anAgentClosesAConsultationDirectlyWithTheAnswerGivenOnTheCall() {
    Instant answered = ShanghaiTime.at(2025, 9, 30, 9, 35);

    Transition t =
        lifecycle.apply(
            aReceivedTicket().consultation().build(),
            new TicketCommand.DirectClose("社保卡补办请携带身份证到就近社保服务网点办理。"),
            agent(),
            answered);

    assertThat(t.after().status()).isEqualTo(TicketStatus.DIRECT_CLOSED);
    assertThat(t.after().progress())
        .extracting(Progress::reply, Progress::repliedAt, Progress::closedAt)
        .containsExactly("社保卡补办请携带身份证到就近社保服务网点办理。", answered, answered);
    assertThat(t.entry())
        .extracting(HistoryEntry::action, HistoryEntry::reason)
        .containsExactly(TicketAction.DIRECT_CLOSE, "社保卡补办请携带身份证到就近社保服务网点办理。");
  }

  @Test
  void aComplaintCannotBeClosedDirectly() {
    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    aReceivedTicket().appealType(AppealType.COMPLAINT).build(),
                    new TicketCommand.DirectClose("已解释"),
                    agent(),
                    SUBMITTED));

    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(e.code()).isEqualTo("DIRECT_CLOSE_NOT_ALLOWED");
    assertThat(e.getMessage()).contains("投诉", "派单");
  }

  @Test
  void aReportCannotBeClosedDirectly() {
    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    aReceivedTicket().appealType(AppealType.REPORT).build(),
                    new TicketCommand.DirectClose("已解释"),
                    agent(),
                    SUBMITTED));

    assertThat(e.code()).isEqualTo("DIRECT_CLOSE_NOT_ALLOWED");
  }

  @Test
  void aConsultationThatWasSubmittedForDispatchCanNoLongerBeClosedDirectly() {
    Ticket pending =
        TicketJourney.of(aReceivedTicket().consultation().build()).submit(SUBMITTED).ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    pending, new TicketCommand.DirectClose("已答复"), agent(), DISPATCHED));

    assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION");
  }

  private static TicketJourney submitted() {
    return TicketJourney.of(aReceivedTicket().build()).submit(SUBMITTED);
  }

  private static TicketJourney dispatched() {
    return submitted().dispatchTo(STR_QH, DISPATCHED);
  }

  private static TicketJourney signed() {
    return dispatched().sign(SIGNED);
  }

  private static TicketJourney replied() {
    return signed().reply(REPLIED);
  }
}
