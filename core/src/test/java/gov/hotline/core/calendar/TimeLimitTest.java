package gov.hotline.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeLimitTest {

  @ParameterizedTest
  @CsvSource({
    "30m, 30, MINUTES, 30分钟",
    "2h, 2, HOURS, 2小时",
    "7d, 7, DAYS, 7天",
    "4wh, 4, WORKING_HOURS, 4个工作小时",
    "7wd, 7, WORKING_DAYS, 7个工作日",
    "15wd, 15, WORKING_DAYS, 15个工作日"
  })
  void compactTextParsesToAmountAndUnitAndRoundTripsThroughCodeWithAChineseLabel(
      String text, long amount, TimeLimit.Unit unit, String label) {
    TimeLimit limit = TimeLimit.parse(text);

    assertThat(limit).isEqualTo(new TimeLimit(amount, unit));
    assertThat(limit.code()).isEqualTo(text);
    assertThat(limit.label()).isEqualTo(label);
  }

  @Test
  void parsingToleratesSurroundingSpacesAndUpperCase() {
    assertThat(TimeLimit.parse(" 7WD ")).isEqualTo(TimeLimit.workingDays(7));
  }

  @ParameterizedTest
  @ValueSource(strings = {"7x", "0d", "", "wd", "7 wd", "-2h", "1.5h", "123456d"})
  @NullSource
  void unreadableTextIsAnInvalidTimeLimitWithAnExampleInTheMessage(String text) {
    DomainException e = catchThrowableOfType(DomainException.class, () -> TimeLimit.parse(text));

    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
    assertThat(e.code()).isEqualTo("INVALID_TIME_LIMIT");
    assertThat(e.getMessage()).startsWith("时限格式不正确").contains("7wd");
  }

  @Test
  void workingHoursAndWorkingDaysAreWorkingTime() {
    assertThat(TimeLimit.workingHours(4).isWorkingTime()).isTrue();
    assertThat(TimeLimit.workingDays(7).isWorkingTime()).isTrue();
  }

  @Test
  void calendarUnitsAreNotWorkingTime() {
    assertThat(TimeLimit.hours(2).isWorkingTime()).isFalse();
    assertThat(TimeLimit.parse("30m").isWorkingTime()).isFalse();
    assertThat(TimeLimit.parse("7d").isWorkingTime()).isFalse();
  }

  @Test
  void aZeroOrNegativeLimitCannotBeConstructed() {
    assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.hours(0));
    assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.workingDays(-1));
  }
}
