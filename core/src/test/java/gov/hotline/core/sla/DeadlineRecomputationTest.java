package gov.hotline.core.sla;

import static gov.hotline.core.ShanghaiTime.SHANGHAI;
import static gov.hotline.core.ShanghaiTime.at;
import static gov.hotline.core.ShanghaiTime.endOf;
import static gov.hotline.core.ticket.Tickets.aReceivedTicket;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.calendar.DeadlineCalculator;
import gov.hotline.core.calendar.TimeLimit;
import gov.hotline.core.calendar.WorkCalendar;
import gov.hotline.core.ticket.Deadlines;
import gov.hotline.core.ticket.Flags;
import gov.hotline.core.ticket.Progress;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketStatus;
import gov.hotline.core.ticket.Urgency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deadlines after a calendar change, computed by hand: a Wednesday 10:00 start, 7 working days (the
 * day of the start not counted) ends Friday 2026-11-27 on the plain calendar; with Saturday
 * 2026-11-21 a make-up workday (调休) it ends Thursday 2026-11-26; with Monday 2026-11-23 a holiday
 * it ends Monday 2026-11-30.
 */
class DeadlineRecomputationTest {
  private static final Instant WEDNESDAY_10 = at(2026, 11, 18, 10, 0);
  private static final SlaPolicy DEFAULT =
      new SlaPolicy(
          null,
          Urgency.NORMAL,
          TimeLimit.workingHours(4),
          TimeLimit.workingDays(7),
          TimeLimit.workingDays(2));

  private static TicketDeadlines on(WorkCalendar calendar) {
    return new TicketDeadlines(
        new SlaPolicies(List.of(DEFAULT), c -> null), new DeadlineCalculator(calendar));
  }

  private static final TicketDeadlines PLAIN = on(WorkCalendar.builder(SHANGHAI).build());
  private static final TicketDeadlines MAKE_UP_SATURDAY =
      on(WorkCalendar.builder(SHANGHAI).adjustedWorkday(LocalDate.of(2026, 11, 21)).build());
  private static final TicketDeadlines MONDAY_OFF =
      on(
          WorkCalendar.builder(SHANGHAI)
              .holidays(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23))
              .build());

  private static Ticket signedOnWednesday(Flags flags) {
    return aReceivedTicket()
        .status(TicketStatus.SIGNED)
        .progress(
            Progress.NONE.dispatched(WEDNESDAY_10, true).signed(WEDNESDAY_10.plusSeconds(600)))
        .deadlines(new Deadlines(null, endOf(2026, 11, 27), null, null))
        .flags(flags)
        .build();
  }

  @Test
  void theHandlingDeadlineCalculatedOnThePlainCalendarIsTheFridayOfNextWeek() {
    assertThat(PLAIN.handlingDue(signedOnWednesday(Flags.NONE).appeal(), WEDNESDAY_10))
        .isEqualTo(endOf(2026, 11, 27));
  }

  @Test
  void aMakeUpSaturdayMovesTheHandlingDeadlineOneDayEarlier() {
    var moved = DeadlineRecomputation.recompute(signedOnWednesday(Flags.NONE), MAKE_UP_SATURDAY);

    assertThat(moved)
        .get()
        .extracting(t -> t.deadlines().handleDueAt())
        .isEqualTo(endOf(2026, 11, 26));
  }

  @Test
  void aNewHolidayMovesTheHandlingDeadlineOneWorkingDayLater() {
    var moved = DeadlineRecomputation.recompute(signedOnWednesday(Flags.NONE), MONDAY_OFF);

    assertThat(moved)
        .get()
        .extracting(t -> t.deadlines().handleDueAt())
        .isEqualTo(endOf(2026, 11, 30));
  }

  @Test
  void anUnchangedCalendarChangesNothing() {
    assertThat(DeadlineRecomputation.recompute(signedOnWednesday(Flags.NONE), PLAIN)).isEmpty();
  }

  @Test
  void aHandlingDeadlineSetByAnApprovedExtensionStays() {
    assertThat(
            DeadlineRecomputation.recompute(
                signedOnWednesday(Flags.NONE.extensionDecided(true)), MAKE_UP_SATURDAY))
        .isEmpty();
  }

  @Test
  void theSignForDeadlineOfADispatchedTicketCountsTheMakeUpSaturdaysWorkingHours() {
    Instant fridayAt16 = at(2026, 11, 20, 16, 0);
    Ticket dispatched =
        aReceivedTicket()
            .status(TicketStatus.DISPATCHED)
            .progress(Progress.NONE.dispatched(fridayAt16, true))
            .deadlines(new Deadlines(at(2026, 11, 23, 12, 0), endOf(2026, 12, 1), null, null))
            .build();

    Ticket moved = DeadlineRecomputation.recompute(dispatched, MAKE_UP_SATURDAY).orElseThrow();

    assertThat(moved.deadlines().signDueAt())
        .isEqualTo(at(2026, 11, 21, 12, 0)); // 1 h on Friday, 3 h on Saturday
    assertThat(moved.deadlines().handleDueAt()).isEqualTo(endOf(2026, 11, 30));
  }

  @Test
  void aClosedTicketKeepsItsDeadlines() {
    Ticket closed = signedOnWednesday(Flags.NONE).withStatus(TicketStatus.CLOSED);

    assertThat(DeadlineRecomputation.recompute(closed, MAKE_UP_SATURDAY)).isEmpty();
  }
}
