package gov.hotline.core.ticket;

import static gov.hotline.core.ShanghaiTime.at;
import static gov.hotline.core.org.Units.STR_QH;
import static gov.hotline.core.ticket.Tickets.aReceivedTicket;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Near-due (临期) and overdue (超期) are derived from the deadline of the clock that the status runs.
 */
class TicketDueTest {

  private static final Instant FIRST_DISPATCH = at(2025, 11, 17, 10, 0);
  private static final Instant DISPATCHED = at(2025, 11, 18, 10, 0);
  private static final Instant SIGN_DUE = at(2025, 11, 18, 20, 0);
  private static final Instant HANDLE_DUE = at(2025, 11, 27, 10, 0);
  private static final Instant REPLIED = at(2025, 11, 20, 10, 0);
  private static final Instant CALLBACK_DUE = at(2025, 11, 21, 10, 0);
  private static final Instant SUPERVISION_DUE = at(2025, 11, 19, 10, 0);
  private static final Deadlines ALL =
      new Deadlines(SIGN_DUE, HANDLE_DUE, CALLBACK_DUE, SUPERVISION_DUE);
  private static final Progress PROGRESS =
      new Progress(
          FIRST_DISPATCH,
          DISPATCHED,
          at(2025, 11, 18, 11, 0),
          REPLIED,
          "已处理",
          null,
          null,
          null,
          null,
          FIRST_DISPATCH);

  @Test
  void aDispatchedTicketIsMeasuredAgainstTheSignForDeadline() {
    assertThat(in(TicketStatus.DISPATCHED).currentDueAt()).isEqualTo(SIGN_DUE);
  }

  @ParameterizedTest
  @EnumSource(
      value = TicketStatus.class,
      names = {"SIGNED", "RETURN_REQUESTED", "EXTENSION_REQUESTED"})
  void aTicketWithTheUnitIsMeasuredAgainstTheHandlingDeadline(TicketStatus status) {
    assertThat(in(status).currentDueAt()).isEqualTo(HANDLE_DUE);
  }

  @Test
  void aReturnedTicketWaitingForDispatchStaysMeasuredAgainstTheCitizensHandlingDeadline() {
    assertThat(in(TicketStatus.PENDING_DISPATCH).currentDueAt()).isEqualTo(HANDLE_DUE);
    assertThat(in(TicketStatus.PENDING_DISPATCH).isOverdue(HANDLE_DUE.plusSeconds(1))).isTrue();
  }

  @Test
  void aNewTicketWaitingForItsFirstDispatchHasNoDeadlineYet() {
    Ticket fresh = in(TicketStatus.PENDING_DISPATCH).withDeadlines(Deadlines.NONE);

    assertThat(fresh.currentDueAt()).isNull();
    assertThat(fresh.isOverdue(HANDLE_DUE.plusSeconds(1))).isFalse();
  }

  @Test
  void aRepliedTicketIsMeasuredAgainstTheCallbackDeadline() {
    assertThat(in(TicketStatus.REPLIED).currentDueAt()).isEqualTo(CALLBACK_DUE);
  }

  @ParameterizedTest
  @EnumSource(
      value = TicketStatus.class,
      names = {"RECEIVED", "DIRECT_CLOSED", "CALLBACK_DONE", "CLOSED", "REOPENED"})
  void aTicketWithoutARunningClockIsNeverDueNorOverdue(TicketStatus status) {
    Ticket t = in(status);

    assertThat(t.currentDueAt()).isNull();
    assertThat(t.isOverdue(at(2026, 12, 31, 0, 0))).isFalse();
    assertThat(t.isNearDue(at(2026, 12, 31, 0, 0))).isFalse();
  }

  @Test
  void aTicketIsNotOverdueAtTheVeryMomentOfItsDeadline() {
    assertThat(in(TicketStatus.DISPATCHED).isOverdue(SIGN_DUE)).isFalse();
  }

  @Test
  void aTicketIsOverdueOnceItsDeadlineHasPassed() {
    assertThat(in(TicketStatus.DISPATCHED).isOverdue(SIGN_DUE.plusSeconds(1))).isTrue();
  }

  @Test
  void aSignedTicketIsNotOverdueJustBecauseItsSignForDeadlinePassed() {
    assertThat(in(TicketStatus.SIGNED).isOverdue(SIGN_DUE.plusSeconds(3600))).isFalse();
  }

  @Test
  void aDispatchedTicketIsNearDueOnceEightyPercentOfItsSignForTimeIsUsed() {
    Ticket t = in(TicketStatus.DISPATCHED);

    assertThat(t.isNearDue(at(2025, 11, 18, 17, 59))).isFalse();
    assertThat(t.isNearDue(at(2025, 11, 18, 18, 0))).isTrue();
  }

  @Test
  void anOverdueTicketIsNoLongerNearDue() {
    Ticket t = in(TicketStatus.DISPATCHED);

    assertThat(t.isNearDue(SIGN_DUE)).isTrue();
    assertThat(t.isNearDue(SIGN_DUE.plusSeconds(1))).isFalse();
  }

  @Test
  void theHandlingClockCountsFromTheFirstDispatchNotFromARedispatch() {
    // 10 days from 11/17 10:00 to 11/27 10:00: 80 % is used at 11/25 10:00
    Ticket t = in(TicketStatus.SIGNED);

    assertThat(t.isNearDue(at(2025, 11, 25, 9, 59))).isFalse();
    assertThat(t.isNearDue(at(2025, 11, 25, 10, 0))).isTrue();
  }

  @Test
  void theCallbackClockCountsFromTheReply() {
    // 24 h from 11/20 10:00: 80 % is used at 11/21 05:12
    Ticket t = in(TicketStatus.REPLIED);

    assertThat(t.isNearDue(at(2025, 11, 21, 5, 11))).isFalse();
    assertThat(t.isNearDue(at(2025, 11, 21, 5, 12))).isTrue();
  }

  private static Ticket in(TicketStatus status) {
    return aReceivedTicket().status(status).ledBy(STR_QH).deadlines(ALL).progress(PROGRESS).build();
  }
}
