package gov.hotline.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.PeriodKind;
import gov.hotline.reporting.domain.UnitCounters;
import gov.hotline.reporting.domain.UnitRates;
import gov.hotline.reporting.port.UnitStatistics;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ranking rules of {@link UnitRanking}, each on counters whose scores are worked out by hand.
 */
class UnitRankingTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Period DAY = Period.of(PeriodKind.DAY, LocalDate.of(2026, 11, 18), ZONE);
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-19T02:00:00Z"), ZONE);

  private final Map<UnitId, UnitCounters> counters = new HashMap<>();
  private final Map<UnitId, Long> overdue = new HashMap<>();

  private static UnitCounters signedOfDispatched(long signedOnTime, long dispatched) {
    return new UnitCounters(dispatched, signedOnTime, signedOnTime, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  private List<UnitRanking.Row> rank() {
    List<OrgUnit> units =
        counters.keySet().stream()
            .map(id -> new OrgUnit(id, null, "单位" + id.value(), UnitType.STREET, List.of(), true))
            .toList();
    UnitStatistics stats =
        new UnitStatistics() {
          @Override
          public long catchUp() {
            return 0;
          }

          @Override
          public Map<UnitId, UnitCounters> counters(Period period) {
            return counters;
          }

          @Override
          public Map<UnitId, UnitCounters> recompute(Period period) {
            return counters;
          }

          @Override
          public Map<UnitId, Long> overdueNow(Instant now) {
            return overdue;
          }
        };
    return new UnitRanking(stats, CLOCK, UnitRates.Weights.DEFAULT).rank(DAY, new OrgTree(units));
  }

  private static UnitRanking.Row row(List<UnitRanking.Row> rows, String id) {
    return rows.stream().filter(r -> r.unitId().value().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aUnitThatSignedNothingInTimeScoresZeroAndRanksBelowOneThatDid() {
    counters.put(UnitId.of("LATE"), signedOfDispatched(0, 3)); // 100 × 0.2 × 0 / 0.2 = 0.0
    counters.put(UnitId.of("PROMPT"), signedOfDispatched(1, 2)); // 100 × 0.2 × 0.5 / 0.2 = 50.0

    List<UnitRanking.Row> rows = rank();

    assertThat(row(rows, "LATE").score()).isEqualTo(0.0);
    assertThat(rows).extracting(r -> r.unitId().value()).containsExactly("PROMPT", "LATE");
    assertThat(rows).extracting(UnitRanking.Row::rank).containsExactly(1, 2);
  }

  @Test
  void aUnitWithNoRateMeasuredIsListedAfterTheRankingWithoutARank() {
    counters.put(UnitId.of("IDLE"), UnitCounters.ZERO);
    counters.put(UnitId.of("BUSY"), signedOfDispatched(1, 4));

    List<UnitRanking.Row> rows = rank();

    assertThat(rows).extracting(r -> r.unitId().value()).containsExactly("BUSY", "IDLE");
    assertThat(row(rows, "IDLE").rank()).isNull();
    assertThat(row(rows, "IDLE").score()).isNull();
    assertThat(row(rows, "IDLE").ranked()).isFalse();
  }

  @Test
  void equalScoresGoToTheUnitMeasuredOnMoreRates() {
    // all three rates at 100 %: 100.0 over three rates
    counters.put(UnitId.of("THREE"), new UnitCounters(1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0));
    // only 响应率 at 100 %: 100.0 over one rate, more tickets assessed (5 against 2)
    counters.put(UnitId.of("ONE"), signedOfDispatched(5, 5));

    assertThat(rank())
        .extracting(r -> r.unitId().value() + "#" + r.rank())
        .containsExactly("THREE#1", "ONE#2");
  }

  @Test
  void thenToTheUnitWithMoreTicketsAssessedThenToFewerOverdue() {
    counters.put(UnitId.of("SMALL"), signedOfDispatched(1, 2)); // 50.0, 2 assessed
    counters.put(UnitId.of("LARGE"), signedOfDispatched(3, 6)); // 50.0, 6 assessed
    counters.put(
        UnitId.of("LARGE_LATE"), signedOfDispatched(3, 6)); // 50.0, 6 assessed, 2 overdue now
    overdue.put(UnitId.of("LARGE_LATE"), 2L);

    assertThat(rank())
        .extracting(r -> r.unitId().value() + "#" + r.rank())
        .containsExactly("LARGE#1", "LARGE_LATE#2", "SMALL#3");
  }

  @Test
  void unitsEqualUnderEveryRuleShareTheRank() {
    counters.put(UnitId.of("A"), signedOfDispatched(1, 2));
    counters.put(UnitId.of("B"), signedOfDispatched(1, 2));
    counters.put(UnitId.of("C"), signedOfDispatched(0, 2));

    assertThat(rank())
        .extracting(r -> r.unitId().value() + "#" + r.rank())
        .containsExactly("A#1", "B#1", "C#3");
  }

  @Test
  void scoresEqualAtTheShownDecimalAreTies() {
    // 1/3 and 333/1000 of 响应率: 33.33… and 33.3, both shown as 33.3; the second has more tickets
    // assessed
    counters.put(UnitId.of("THIRD"), signedOfDispatched(1, 3));
    counters.put(UnitId.of("MANY"), signedOfDispatched(333, 1000));

    assertThat(rank())
        .extracting(r -> r.unitId().value() + "#" + r.rank())
        .containsExactly("MANY#1", "THIRD#2");
  }
}
