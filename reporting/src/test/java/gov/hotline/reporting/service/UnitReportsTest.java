package gov.hotline.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.core.calendar.WorkCalendar;
import gov.hotline.core.category.Category;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.sla.SlaPolicies;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.PeriodKind;
import gov.hotline.reporting.domain.ReportDocument;
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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * 单位报表: a unit's figures equal its ranking row, broken down by day or month, with its sub-units.
 */
class UnitReportsTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZONE);
  private static final UnitId CENTER = UnitId.of("CENTER");
  private static final UnitId HD = UnitId.of("HD");
  private static final UnitId ZGC = UnitId.of("HD-ZGC");
  private static final UnitId XSQ = UnitId.of("HD-XSQ");
  private static final UnitId CY = UnitId.of("CY");
  private static final OrgTree ORG =
      new OrgTree(
          List.of(
              new OrgUnit(CENTER, null, "12345热线中心", UnitType.CENTER, List.of(), true),
              new OrgUnit(HD, CENTER, "海淀区", UnitType.DISTRICT, List.of(), true),
              new OrgUnit(ZGC, HD, "中关村街道", UnitType.STREET, List.of(), true),
              new OrgUnit(XSQ, HD, "学院路街道", UnitType.STREET, List.of(), true),
              new OrgUnit(CY, CENTER, "朝阳区", UnitType.DISTRICT, List.of(), true)));

  /** Counters per day and unit; a period's counters are the sum of its days, as the rollups'. */
  private final Map<LocalDate, Map<UnitId, UnitCounters>> days = new HashMap<>();

  private final Map<UnitId, Long> overdue = new HashMap<>();

  private void on(String day, UnitId unit, UnitCounters c) {
    days.computeIfAbsent(LocalDate.parse(day), d -> new HashMap<>())
        .merge(unit, c, UnitCounters::plus);
  }

  /**
   * dispatched, signed on time, replied (on time), callbacks all resolved and satisfied; no
   * returns.
   */
  private static UnitCounters handled(long dispatched, long onTime, long replied, long callbacks) {
    return new UnitCounters(
        dispatched,
        onTime,
        onTime,
        replied,
        replied,
        callbacks,
        callbacks,
        callbacks,
        0,
        0,
        0,
        0,
        0);
  }

  private UnitReports reports() {
    UnitStatistics stats =
        new UnitStatistics() {
          @Override
          public long catchUp() {
            return 0;
          }

          @Override
          public Map<UnitId, UnitCounters> counters(Period period) {
            Map<UnitId, UnitCounters> out = new HashMap<>();
            days.forEach(
                (d, byUnit) -> {
                  if (period.contains(d)) {
                    byUnit.forEach((u, c) -> out.merge(u, c, UnitCounters::plus));
                  }
                });
            return out;
          }

          @Override
          public Map<UnitId, UnitCounters> recompute(Period period) {
            return counters(period);
          }

          @Override
          public Map<UnitId, Long> overdueNow(Instant now) {
            return overdue;
          }
        };
    ReferenceData reference =
        new ReferenceData() {
          public OrgTree orgTree() {
            return ORG;
          }

          public List<Category> categories() {
            return List.of();
          }

          public Optional<Category> category(CategoryId id) {
            return Optional.empty();
          }

          public WorkCalendar calendar() {
            throw new UnsupportedOperationException();
          }

          public SlaPolicies slaPolicies() {
            throw new UnsupportedOperationException();
          }
        };
    return new UnitReports(
        new UnitRanking(stats, CLOCK, UnitRates.Weights.DEFAULT), stats, reference);
  }

  private static Actor actor(Role role, UnitId unit) {
    return new Actor(new UserId(9), role.name().toLowerCase(), role, unit);
  }

  private static final Actor MANAGER = actor(Role.MANAGER, CENTER);
  private static final Period NOVEMBER =
      Period.of(PeriodKind.MONTH, LocalDate.of(2026, 11, 1), ZONE);

  @Test
  void theUnitsFiguresAreItsRowOfTheRankingAndItsDaysAddUpToThem() {
    on("2026-11-02", HD, handled(4, 3, 2, 2));
    on("2026-11-20", HD, handled(6, 6, 5, 0));
    on("2026-11-20", CY, handled(1, 0, 0, 0));
    overdue.put(HD, 2L);

    UnitReports.Report r = reports().report(MANAGER, HD, NOVEMBER);

    assertThat(r.own().counters()).isEqualTo(handled(10, 9, 7, 2));
    assertThat(r.own().overdueNow()).isEqualTo(2);
    assertThat(r.own().rank()).isEqualTo(1);
    assertThat(r.rankedUnits()).isEqualTo(2);
    assertThat(r.daily()).isTrue();
    assertThat(r.slots()).hasSize(30);
    assertThat(r.slots().get(1).label()).isEqualTo("2026-11-02");
    assertThat(r.slots().get(1).counters()).isEqualTo(handled(4, 3, 2, 2));
    assertThat(r.slots().stream().map(UnitReports.Slot::counters).reduce(UnitCounters::plus))
        .contains(r.own().counters());
  }

  @Test
  void theUnitsBelowAreListedEachWithItsRowAndTheSubtreeTotalAddsThemUp() {
    on("2026-11-03", HD, handled(2, 2, 0, 0));
    on("2026-11-03", ZGC, handled(3, 1, 1, 1));
    overdue.put(ZGC, 1L);

    UnitReports.Report r = reports().report(MANAGER, HD, NOVEMBER);

    assertThat(r.subUnits())
        .extracting(UnitRanking.Row::unitName)
        .as("a unit below with no figure at all is still listed")
        .containsExactly("中关村街道", "学院路街道");
    assertThat(r.subUnits().get(1).counters()).isEqualTo(UnitCounters.ZERO);
    assertThat(r.subtreeTotal()).isEqualTo(handled(5, 3, 1, 1));
    assertThat(r.subtreeOverdue()).isEqualTo(1);
  }

  @Test
  void aPeriodLongerThanAMonthIsBrokenDownByMonthClippedToTheRange() {
    on("2026-10-05", HD, handled(1, 1, 0, 0));
    on("2026-11-28", HD, handled(2, 0, 0, 0));
    Period range = Period.range(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 11, 30), "秋季", ZONE);

    UnitReports.Report r = reports().report(MANAGER, HD, range);

    assertThat(r.daily()).isFalse();
    assertThat(r.slots())
        .extracting(UnitReports.Slot::label)
        .containsExactly("2026年9月（20日—30日）", "2026年10月", "2026年11月");
    assertThat(r.slots()).extracting(s -> s.counters().dispatched()).containsExactly(0L, 1L, 2L);
  }

  @Test
  void aUnitHandlerReadsItsOwnUnitAndThoseBelowButNotAnotherDistrict() {
    Actor handler = actor(Role.UNIT_HANDLER, HD);

    assertThat(reports().report(handler, ZGC, NOVEMBER).own().unitName()).isEqualTo("中关村街道");
    assertThatThrownBy(() -> reports().report(handler, CY, NOVEMBER))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN))
        .hasMessageContaining("朝阳区");
    assertThatThrownBy(() -> reports().report(actor(Role.AGENT, CENTER), HD, NOVEMBER))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
  }

  @Test
  void anUnknownUnitIsNotFound() {
    assertThatThrownBy(() -> reports().report(MANAGER, UnitId.of("NOPE"), NOVEMBER))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND))
        .hasMessage("单位不存在：NOPE");
  }

  @Test
  void theDocumentCarriesTheSummaryTheDaysAndTheUnitsBelowUnderTheUnitsTitle() {
    on("2026-11-02", HD, handled(4, 3, 2, 2));
    Period golden =
        Period.range(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7), "国庆假期", ZONE);
    on("2026-10-03", HD, handled(2, 2, 1, 1));

    ReportDocument doc =
        UnitReportDocument.of(reports().report(MANAGER, HD, golden), UnitRates.Weights.DEFAULT);

    assertThat(doc.title()).isEqualTo("国庆假期（2026年10月1日—10月7日） 海淀区 单位报表");
    assertThat(doc.sections())
        .extracting(ReportDocument.Section::title)
        .containsExactly("主要指标", "按日", "下级单位");
    assertThat(doc.sections().get(0).rows())
        .anySatisfy(
            row -> {
              assertThat(row.get(0).text()).isEqualTo("响应率");
              assertThat(row.get(1).value()).isEqualTo(1.0);
            });
    List<List<ReportDocument.Cell>> byDay = doc.sections().get(1).rows();
    assertThat(byDay).hasSize(8);
    assertThat(byDay.get(7).get(0).text()).isEqualTo("合计");
    assertThat(byDay.get(7).get(1).value()).isEqualTo(2.0);
  }
}
