package gov.hotline.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.core.error.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarLinesTest {

  @Test
  void readsHolidaysAndMakeUpWorkdaysWithTheirNamesSkippingCommentsAndBlankLines() {
    var days =
        CalendarLines.parse(
            "# 2027 年节假日安排\n2027-01-01 休 元旦\n\n2027-02-07 班 春节调休上班\n"
                + "2027-05-01\tHOLIDAY\t劳动节\r\n2027-05-08,WORKDAY\n");

    assertThat(days)
        .containsExactly(
            new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦"),
            new CalendarDay(LocalDate.of(2027, 2, 7), DayKind.WORKDAY, "春节调休上班"),
            new CalendarDay(LocalDate.of(2027, 5, 1), DayKind.HOLIDAY, "劳动节"),
            new CalendarDay(LocalDate.of(2027, 5, 8), DayKind.WORKDAY, ""));
  }

  @Test
  void aRangeListsEveryDayOfIt() {
    var days = CalendarLines.parse("2027-10-01~2027-10-07 休 国庆节");

    assertThat(days).hasSize(7).allSatisfy(d -> assertThat(d.name()).isEqualTo("国庆节"));
    assertThat(days.get(6).date()).isEqualTo(LocalDate.of(2027, 10, 7));
  }

  @Test
  void aBadLineIsRefusedWithItsNumber() {
    assertThatThrownBy(() -> CalendarLines.parse("2027-01-01 休 元旦\n2027-02-30 休 不存在"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("第 2 行");
    assertThatThrownBy(() -> CalendarLines.parse("2027-01-01 放风"))
        .hasMessageContaining("第 1 行")
        .hasMessageContaining("放风");
    assertThatThrownBy(() -> CalendarLines.parse("元旦放假")).hasMessageContaining("格式应为");
  }

  @Test
  void aDayListedTwiceIsRefused() {
    assertThatThrownBy(() -> CalendarLines.parse("2027-01-01 休\n2027-01-01 班"))
        .hasMessageContaining("重复");
  }

  @Test
  void anEmptyListIsRefused() {
    assertThatThrownBy(() -> CalendarLines.parse("# 只有注释\n\n")).hasMessageContaining("没有日期");
  }
}
