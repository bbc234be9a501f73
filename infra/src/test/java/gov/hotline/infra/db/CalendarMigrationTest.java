package gov.hotline.infra.db;

import static gov.hotline.infra.db.schema.core.Tables.CALENDAR_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.TestDatabase;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The shipped business calendar is the State Council's arrangement for 2025 and 2026, day for day.
 */
@Tag("db")
class CalendarMigrationTest {
  private static TestDatabase db;

  @BeforeAll
  static void migrate() {
    db = TestDatabase.migrated("calendar");
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  private String kind(String day) {
    return db.dsl()
        .select(CALENDAR_DAY.KIND)
        .from(CALENDAR_DAY)
        .where(CALENDAR_DAY.DAY.eq(LocalDate.parse(day)))
        .fetchOne(CALENDAR_DAY.KIND);
  }

  @Test
  void makeUpWorkdaysOf2025And2026AreExactlyTheOfficialOnes() {
    var workdays =
        db
            .dsl()
            .select(CALENDAR_DAY.DAY)
            .from(CALENDAR_DAY)
            .where(CALENDAR_DAY.KIND.eq("WORKDAY"))
            .orderBy(CALENDAR_DAY.DAY)
            .fetch(CALENDAR_DAY.DAY)
            .stream()
            .map(LocalDate::toString)
            .toList();

    assertThat(workdays)
        .containsExactly(
            "2025-01-26",
            "2025-02-08",
            "2025-04-27",
            "2025-09-28",
            "2025-10-11",
            "2026-01-04",
            "2026-02-14",
            "2026-02-28",
            "2026-05-09",
            "2026-09-20",
            "2026-10-10");
  }

  @Test
  void everyMakeUpWorkdayFallsOnAWeekend() {
    var days =
        db.dsl()
            .select(CALENDAR_DAY.DAY)
            .from(CALENDAR_DAY)
            .where(CALENDAR_DAY.KIND.eq("WORKDAY"))
            .fetch(CALENDAR_DAY.DAY);

    assertThat(days)
        .allMatch(
            d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY);
  }

  @Test
  void holidayBlocksMatchTheNotices() {
    assertThat(kind("2025-10-08")).isEqualTo("HOLIDAY");
    assertThat(kind("2025-10-09")).isNull();
    assertThat(kind("2026-02-15")).isEqualTo("HOLIDAY");
    assertThat(kind("2026-02-23")).isEqualTo("HOLIDAY");
    assertThat(kind("2026-02-24")).isNull();
    assertThat(kind("2026-10-07")).isEqualTo("HOLIDAY");
    assertThat(kind("2026-10-08")).isNull();
    assertThat(
            db.dsl()
                .fetchCount(
                    CALENDAR_DAY,
                    CALENDAR_DAY
                        .KIND
                        .eq("HOLIDAY")
                        .and(
                            CALENDAR_DAY.DAY.between(
                                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))))
        .isEqualTo(33);
    assertThat(
            db.dsl()
                .fetchCount(
                    CALENDAR_DAY,
                    CALENDAR_DAY
                        .KIND
                        .eq("HOLIDAY")
                        .and(
                            CALENDAR_DAY.DAY.between(
                                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))))
        .isEqualTo(28);
  }
}
