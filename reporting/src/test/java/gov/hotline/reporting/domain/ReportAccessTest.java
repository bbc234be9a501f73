package gov.hotline.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.reporting.domain.ReportAccess.Use;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may read which report, which unit rows they see, and which periods may be archived. */
class ReportAccessTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final UnitId CENTER = UnitId.of("CENTER");
  private static final UnitId DISTRICT = UnitId.of("HD");
  private static final UnitId STREET = UnitId.of("HD-ZGC");
  private static final UnitId OTHER = UnitId.of("CY");
  private static final OrgTree ORG =
      new OrgTree(
          List.of(
              new OrgUnit(CENTER, null, "12345市民服务热线中心", UnitType.CENTER, List.of(), true),
              new OrgUnit(DISTRICT, CENTER, "海淀区", UnitType.DISTRICT, List.of(), true),
              new OrgUnit(STREET, DISTRICT, "中关村街道", UnitType.STREET, List.of(), true),
              new OrgUnit(OTHER, CENTER, "朝阳区", UnitType.DISTRICT, List.of(), true)));

  private static Actor actor(Role role, UnitId unit) {
    return new Actor(new UserId(7), role.name().toLowerCase(), role, unit);
  }

  private static Set<Role> allowed(Use use) {
    Set<Role> out = EnumSet.noneOf(Role.class);
    for (Role r : Role.values()) {
      if (ReportAccess.allows(actor(r, CENTER), use)) {
        out.add(r);
      }
    }
    return out;
  }

  @Test
  void eachUseHasItsRoles() {
    assertThat(allowed(Use.TRAFFIC))
        .containsExactlyInAnyOrder(Role.MANAGER, Role.TEAM_LEAD, Role.DISPATCHER, Role.ADMIN);
    assertThat(allowed(Use.TICKETS)).isEqualTo(allowed(Use.TRAFFIC));
    assertThat(allowed(Use.UNITS))
        .containsExactlyInAnyOrder(
            Role.MANAGER, Role.TEAM_LEAD, Role.DISPATCHER, Role.ADMIN, Role.UNIT_HANDLER);
    assertThat(allowed(Use.ARCHIVE_READ)).isEqualTo(allowed(Use.TRAFFIC));
    assertThat(allowed(Use.ARCHIVE_GENERATE)).containsExactlyInAnyOrder(Role.MANAGER, Role.ADMIN);
    assertThat(allowed(Use.VERIFY)).containsExactlyInAnyOrder(Role.MANAGER, Role.ADMIN);
  }

  @Test
  void aRefusalIsForbiddenAndNamesTheRolesThatMay() {
    assertThatThrownBy(() -> ReportAccess.require(actor(Role.AGENT, CENTER), Use.VERIFY))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
              assertThat(e.getMessage()).isEqualTo("当前角色（座席员）无权访问，仅限：管理人员、系统管理员");
            });
    Actor manager = actor(Role.MANAGER, CENTER);
    assertThat(ReportAccess.require(manager, Use.VERIFY)).isSameAs(manager);
  }

  @Test
  void aUnitHandlerSeesItsOwnSubtreeAndTheHotlineSeesEveryUnit() {
    Set<UnitId> district = ReportAccess.unitScope(actor(Role.UNIT_HANDLER, DISTRICT), ORG);
    assertThat(district).containsExactlyInAnyOrder(DISTRICT, STREET);
    assertThat(ReportAccess.sees(district, STREET)).isTrue();
    assertThat(ReportAccess.sees(district, OTHER)).isFalse();
    assertThat(ReportAccess.unitScope(actor(Role.UNIT_HANDLER, STREET), ORG))
        .containsExactly(STREET);
    Set<UnitId> all = ReportAccess.unitScope(actor(Role.MANAGER, CENTER), ORG);
    assertThat(all).isNull();
    assertThat(ReportAccess.sees(all, OTHER)).isTrue();
  }

  @Test
  void onlyEndedPeriodsAreArchivedUnlessAPartialReportIsAskedFor() {
    Period november = Period.of(PeriodKind.MONTH, LocalDate.of(2026, 11, 1), SHANGHAI);
    Instant lastSecondOfNovember = Instant.parse("2026-11-30T15:59:59Z");
    Instant decemberFirst = Instant.parse("2026-11-30T16:00:00Z");

    assertThatThrownBy(() -> ReportAccess.requireEnded(november, lastSecondOfNovember, false))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("PERIOD_NOT_ENDED");
              assertThat(e.getMessage()).contains("统计周期尚未结束：2026年11月 月报").contains("partial");
            });
    ReportAccess.requireEnded(november, lastSecondOfNovember, true);
    ReportAccess.requireEnded(november, decemberFirst, false);
  }
}
