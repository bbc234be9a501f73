package gov.hotline.core.sla;

import static gov.hotline.core.ShanghaiTime.at;
import static gov.hotline.core.ShanghaiTime.endOf;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.calendar.DeadlineCalculator;
import gov.hotline.core.calendar.OfficialCalendars;
import gov.hotline.core.calendar.TimeLimit;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.ticket.Appeal;
import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.Channel;
import gov.hotline.core.ticket.Urgency;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketDeadlinesTest {

  private static final CategoryId HEATING = CategoryId.of("GR01");
  private static final Instant FRIDAY_AFTERNOON = at(2025, 11, 21, 16, 0);

  private final TicketDeadlines deadlines =
      new TicketDeadlines(
          new SlaPolicies(
              List.of(
                  new SlaPolicy(
                      HEATING,
                      Urgency.NORMAL,
                      TimeLimit.workingHours(4),
                      TimeLimit.parse("24h"),
                      TimeLimit.workingDays(1))),
              c -> null),
          new DeadlineCalculator(OfficialCalendars.china2025And2026()));

  @Test
  void theSignForDeadlineUsesThePolicysWorkingHours() {
    assertThat(deadlines.signForDue(appeal(HEATING, Urgency.NORMAL), FRIDAY_AFTERNOON))
        .isEqualTo(at(2025, 11, 24, 12, 0));
  }

  @Test
  void theHandlingDeadlineOfAUtilityIssueIs24CalendarHoursEvenOverTheWeekend() {
    assertThat(deadlines.handlingDue(appeal(HEATING, Urgency.NORMAL), FRIDAY_AFTERNOON))
        .isEqualTo(at(2025, 11, 22, 16, 0));
  }

  @Test
  void theCallbackDeadlineUsesThePolicysWorkingDays() {
    assertThat(deadlines.callbackDue(appeal(HEATING, Urgency.NORMAL), FRIDAY_AFTERNOON))
        .isEqualTo(endOf(2025, 11, 24));
  }

  @Test
  void anUrgentAppealWithoutAPolicyMustBeHandledWithinTwoHours() {
    assertThat(deadlines.handlingDue(appeal(HEATING, Urgency.URGENT), FRIDAY_AFTERNOON))
        .isEqualTo(at(2025, 11, 21, 18, 0));
  }

  private static Appeal appeal(CategoryId category, Urgency urgency) {
    return new Appeal(
        Channel.PHONE, AppealType.HELP, category, urgency, "清河街道某小区3号楼", "暖气不热", null);
  }
}
