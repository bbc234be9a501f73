package gov.hotline.core.org;

import gov.hotline.core.id.UnitId;
import java.util.List;

/**
 * A small district (海淀区) as the unit tree of the tests: two streets, one with a community below it,
 * a bureau, the hotline centre and a dissolved street.
 */
public final class Units {
  public static final UnitId HD = UnitId.of("HD");
  public static final UnitId STR_QH = UnitId.of("STR_QH");
  public static final UnitId STR_QH_C1 = UnitId.of("STR_QH_C1");
  public static final UnitId STR_ZGC = UnitId.of("STR_ZGC");
  public static final UnitId BUR_CGZF = UnitId.of("BUR_CGZF");
  public static final UnitId CENTER = UnitId.of("CENTER");
  public static final UnitId STR_OLD = UnitId.of("STR_OLD");
  public static final UnitId UNKNOWN = UnitId.of("NO_SUCH_UNIT");

  private Units() {}

  public static OrgTree haidian() {
    return new OrgTree(
        List.of(
            unit(HD, null, "海淀区", UnitType.DISTRICT, true),
            unit(STR_QH, HD, "清河街道", UnitType.STREET, true),
            unit(STR_QH_C1, STR_QH, "清河街道毛纺北小区社区", UnitType.COMMUNITY, true),
            unit(STR_ZGC, HD, "中关村街道", UnitType.STREET, true),
            unit(BUR_CGZF, HD, "区城管执法局", UnitType.BUREAU, true),
            unit(CENTER, null, "12345市民服务热线中心", UnitType.CENTER, true),
            unit(STR_OLD, HD, "原东升乡（已撤销）", UnitType.TOWN, false)));
  }

  private static OrgUnit unit(
      UnitId id, UnitId parent, String name, UnitType type, boolean active) {
    return new OrgUnit(id, parent, name, type, List.of(), active);
  }
}
