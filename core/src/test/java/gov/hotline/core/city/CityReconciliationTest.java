package gov.hotline.core.city;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.city.CityReconciliation.Difference;
import gov.hotline.core.city.CityReconciliation.Kind;
import gov.hotline.core.city.CityReconciliation.Ours;
import gov.hotline.core.city.CityReconciliation.Theirs;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CityReconciliationTest {
  private static final Instant DUE = Instant.parse("2026-12-08T01:00:00Z");

  @Test
  void everyDifferenceIsReportedAndAgreeingCasesAreNot() {
    List<Ours> ours =
        List.of(
            new Ours("A", "HD1", "SIGNED", DUE, false),
            new Ours("B", "HD2", "REPLIED", DUE, false),
            new Ours("C", "HD3", "ASSIGNED", DUE, false),
            new Ours("E", "HD5", "CLOSED", DUE.plusSeconds(60), false));
    List<Theirs> theirs =
        List.of(
            new Theirs("A", "SIGNED", DUE),
            new Theirs("B", "SIGNED", DUE),
            new Theirs("D", "ASSIGNED", DUE),
            new Theirs("E", "CLOSED", DUE));

    List<Difference> diffs = CityReconciliation.compare(ours, theirs);

    assertThat(diffs)
        .extracting(d -> d.caseNo() + " " + d.kind())
        .containsExactly(
            "B STATUS_DIFFERS", "C MISSING_AT_CITY", "D MISSING_HERE", "E DEADLINE_DIFFERS");
    assertThat(diffs.get(0).message()).isEqualTo("办理状态不一致（本区：REPLIED，市级：SIGNED）");
  }

  @Test
  void aCaseWithUpdatesStillUnsentIsNotComparedByStatus() {
    List<Difference> diffs =
        CityReconciliation.compare(
            List.of(new Ours("A", "HD1", "REPLIED", DUE, true)),
            List.of(new Theirs("A", "SIGNED", DUE)));

    assertThat(diffs).extracting(Difference::kind).doesNotContain(Kind.STATUS_DIFFERS);
  }
}
