package gov.hotline.core.calendar;

import static gov.hotline.core.ShanghaiTime.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceHoursTest {
  private final WorkCalendar calendar = OfficialCalendars.china2025And2026();
  private final ServiceHours hours = ServiceHours.parse("09:00-17:00", Set.of("12345-9"));

  private static Instant beijing(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
  }

  @Test
  void anOrdinaryWorkdayIsOpenFromNineUntilBeforeFive() {
    assertThat(hours.isOpen(calendar, beijing("2026-11-18T09:00:00"))).isTrue();
    assertThat(hours.isOpen(calendar, beijing("2026-11-18T16:59:59"))).isTrue();
    assertThat(hours.isOpen(calendar, beijing("2026-11-18T17:00:00"))).isFalse();
    assertThat(hours.isOpen(calendar, beijing("2026-11-18T08:59:59"))).isFalse();
  }

  @Test
  void aStatutoryHolidayOnAWeekdayIsClosed() {
    assertThat(hours.branch(calendar, "12345", beijing("2026-10-05T10:00:00")))
        .isEqualTo(ServiceBranch.AFTER_HOURS); // 国庆节, a Monday
  }

  @Test
  void aMakeUpWorkdayOnASaturdayIsOpen() {
    assertThat(hours.branch(calendar, "12345", beijing("2026-10-10T10:00:00")))
        .isEqualTo(ServiceBranch.OPEN); // 国庆节调休上班, a Saturday
  }

  @Test
  void anOrdinarySundayIsClosed() {
    assertThat(hours.branch(calendar, "12345", beijing("2026-11-22T10:00:00")))
        .isEqualTo(ServiceBranch.AFTER_HOURS);
  }

  @Test
  void aSevenByTwentyFourLineGoesToTheEmergencyQueueOnlyWhenClosed() {
    assertThat(hours.branch(calendar, "12345-9", beijing("2026-11-18T22:00:00")))
        .isEqualTo(ServiceBranch.EMERGENCY);
    assertThat(hours.branch(calendar, "12345-9", beijing("2026-11-18T10:00:00")))
        .isEqualTo(ServiceBranch.OPEN);
  }

  @Test
  void hoursThatDoNotParseAreRefused() {
    assertThatThrownBy(() -> ServiceHours.parse("9-17", Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServiceHours.parse("17:00-09:00", Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
