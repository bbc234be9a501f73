package gov.hotline.core.ticket;

import static gov.hotline.core.ShanghaiTime.at;
import static gov.hotline.core.error.DomainErrors.domainErrorOf;
import static gov.hotline.core.org.Units.STR_QH;
import static gov.hotline.core.ticket.Tickets.aReceivedTicket;
import static gov.hotline.core.ticket.Timeline.DISPATCHED;
import static gov.hotline.core.ticket.Timeline.SIGNED;
import static gov.hotline.core.ticket.Timeline.SUBMITTED;
import static gov.hotline.core.user.Actors.agent;
import static gov.hotline.core.user.Actors.dispatcher;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.id.TicketId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketLifecycleMergeTest {
  private static final TicketId MASTER = TicketId.of(7);
  private static final Instant MERGED = at(2025, 9, 30, 14, 0);

  private final TicketLifecycle lifecycle = Lifecycles.haidianOnTheOfficialCalendar();

  @Test
  void aDispatcherMergesADuplicateUnderItsMasterTicket() {
    Ticket pending = TicketJourney.of(aReceivedTicket().build()).submit(SUBMITTED).ticket();

    Transition t =
        lifecycle.apply(pending, new TicketCommand.Merge(MASTER, "同一地点同一问题"), dispatcher(), MERGED);

    assertThat(t.after().status()).isEqualTo(TicketStatus.MERGED);
    assertThat(t.entry())
        .extracting(
            HistoryEntry::action,
            HistoryEntry::fromStatus,
            HistoryEntry::toStatus,
            HistoryEntry::reason)
        .containsExactly(
            TicketAction.MERGE, TicketStatus.PENDING_DISPATCH, TicketStatus.MERGED, "同一地点同一问题");
    assertThat(t.entry().details()).containsEntry("masterTicketId", "7");
  }

  @Test
  void aMergedTicketIsNoLongerMeasuredAgainstADeadline() {
    Ticket dispatched =
        TicketJourney.of(aReceivedTicket().build())
            .submit(SUBMITTED)
            .dispatchTo(STR_QH, DISPATCHED)
            .ticket();

    Ticket merged =
        lifecycle
            .apply(dispatched, new TicketCommand.Merge(MASTER, null), dispatcher(), MERGED)
            .after();

    assertThat(merged.currentDueAt()).isNull();
    assertThat(merged.isOverdue(at(2026, 1, 1, 0, 0))).isFalse();
  }

  @Test
  void aTicketCannotBeMergedIntoItself() {
    Ticket pending = TicketJourney.of(aReceivedTicket().build()).submit(SUBMITTED).ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    pending, new TicketCommand.Merge(pending.id(), null), dispatcher(), MERGED));

    assertThat(e.code()).isEqualTo("MERGE_INTO_ITSELF");
  }

  @Test
  void aTicketTheUnitHasSignedForIsNotMergedAnyMore() {
    Ticket signed =
        TicketJourney.of(aReceivedTicket().build())
            .submit(SUBMITTED)
            .dispatchTo(STR_QH, DISPATCHED)
            .sign(SIGNED)
            .ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    signed, new TicketCommand.Merge(MASTER, null), dispatcher(), MERGED));

    assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION");
  }

  @Test
  void onlyADispatcherMerges() {
    Ticket pending = TicketJourney.of(aReceivedTicket().build()).submit(SUBMITTED).ticket();

    DomainException e =
        domainErrorOf(
            () -> lifecycle.apply(pending, new TicketCommand.Merge(MASTER, null), agent(), MERGED));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
  }
}
