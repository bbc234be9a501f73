package gov.hotline.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.id.CategoryId;
import gov.hotline.dispatch.SampleDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateAndHotspotRuleTest {
  private static final Instant T0 = Instant.parse("2025-06-09T00:00:00Z");
  private static final CategoryId POWER = CategoryId.of("GY04");
  private static final CategoryId NOISE = CategoryId.of("GA01");
  private final Gazetteer gazetteer = Gazetteer.of(SampleDirectory.directory());

  private AppealSnapshot appeal(
      long id, Duration after, String phone, String address, CategoryId category) {
    return new AppealSnapshot(
        id, "T" + id, T0.plus(after), phone, gazetteer.resolve(address, ""), category);
  }

  @Test
  void theSameProblemAtTheSamePlaceWithinDaysIsAProbableDuplicate() {
    var first = appeal(1, Duration.ZERO, "13800000001", "海淀区定慧北里", NOISE);
    var second = appeal(2, Duration.ofDays(2), "13800000002", "海淀区八里庄街道定慧北里", NOISE);

    assertThat(DuplicateRule.DEFAULT.judge(second, first, 0.1))
        .get()
        .asString()
        .contains("同一地点（定慧北里（小区））");
  }

  @Test
  void theSameCallerSayingSomethingSimilarIsAProbableDuplicate() {
    var first = appeal(1, Duration.ZERO, "13800000001", "海淀区定慧北里", NOISE);
    var second = appeal(2, Duration.ofHours(5), "13800000001", "海淀区", CategoryId.of("QT03"));

    assertThat(DuplicateRule.DEFAULT.judge(second, first, 0.5)).get().asString().contains("同一来电人");
  }

  @Test
  void appealsFurtherApartThanTheWindowAreNotDuplicates() {
    var first = appeal(1, Duration.ZERO, "13800000001", "海淀区定慧北里", NOISE);
    var second = appeal(2, Duration.ofDays(8), "13800000001", "海淀区定慧北里", NOISE);

    assertThat(DuplicateRule.DEFAULT.judge(second, first, 0.9)).isEmpty();
  }

  @Test
  void differentProblemsAtTheSamePlaceAreNotDuplicates() {
    var first = appeal(1, Duration.ZERO, "13800000001", "海淀区定慧北里", NOISE);
    var second = appeal(2, Duration.ofHours(3), "13800000002", "海淀区定慧北里", POWER);

    assertThat(DuplicateRule.DEFAULT.judge(second, first, 0.1)).isEmpty();
  }

  @Test
  void theThirdOutageCallFromOneStreetWithinHoursRaisesAHotspot() {
    var a = appeal(1, Duration.ZERO, "1", "海淀区安宁里5号楼", POWER);
    var b = appeal(2, Duration.ofMinutes(40), "2", "海淀区清河街道安宁里", POWER);
    var c = appeal(3, Duration.ofHours(2), "3", "海淀区安宁里9号楼", POWER);

    List<AppealSnapshot> cluster =
        HotspotRule.DEFAULT.cluster(
            c, List.of(new HotspotRule.Neighbour(a, 0.2), new HotspotRule.Neighbour(b, 0.1)));

    assertThat(cluster).containsExactly(a, b);
    assertThat(HotspotRule.DEFAULT.cluster(b, List.of(new HotspotRule.Neighbour(a, 0.2))))
        .isEmpty();
  }

  @Test
  void appealsOutsideTheHotspotWindowDoNotCount() {
    var a = appeal(1, Duration.ZERO, "1", "海淀区安宁里5号楼", POWER);
    var b = appeal(2, Duration.ofHours(1), "2", "海淀区安宁里", POWER);
    var c = appeal(3, Duration.ofHours(9), "3", "海淀区安宁里9号楼", POWER);

    assertThat(
            HotspotRule.DEFAULT.cluster(
                c, List.of(new HotspotRule.Neighbour(a, 0.2), new HotspotRule.Neighbour(b, 0.2))))
        .isEmpty();
  }
}
