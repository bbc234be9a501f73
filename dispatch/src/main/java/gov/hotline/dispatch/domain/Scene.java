package gov.hotline.dispatch.domain;

import java.util.List;

/**
 * Where a problem happens, as far as ownership is concerned: inside a residential compound or
 * village (小区内部、村内, usually the street's or town's business) or in public space (城市道路、公园、河湖,
 * usually a bureau's or enterprise's). Catalogue conditions say it in words; an address says it by
 * the kind of place it names.
 */
public enum Scene {
  INSIDE,
  PUBLIC,
  UNKNOWN;

  private static final List<String> INSIDE_WORDS =
      List.of("小区", "居住区", "村", "院内", "楼道", "室内", "背街小巷", "宿舍");
  private static final List<String> PUBLIC_WORDS =
      List.of("城市道路", "市政", "道路绿化", "公园", "行道树", "河湖", "公共场所", "城市公共");

  /** The scene a catalogue condition describes, UNKNOWN when it names both or neither. */
  public static Scene ofCondition(String condition) {
    boolean inside = INSIDE_WORDS.stream().anyMatch(condition::contains);
    boolean outside = PUBLIC_WORDS.stream().anyMatch(condition::contains);
    return inside == outside ? UNKNOWN : inside ? INSIDE : PUBLIC;
  }

  /**
   * The scene of an address: a compound, community or village is inside; only roads and landmarks
   * are public.
   */
  public static Scene ofAddress(Jurisdiction where) {
    if (where.status() != ResolutionStatus.RESOLVED || where.fromContent()) {
      return UNKNOWN;
    }
    List<String> kinds = where.matched();
    if (kinds.stream()
        .anyMatch(m -> m.endsWith("（小区）") || m.endsWith("（社区）") || m.endsWith("（村）"))) {
      return INSIDE;
    }
    if (kinds.stream().anyMatch(m -> m.endsWith("（道路）") || m.endsWith("（地标）"))) {
      return PUBLIC;
    }
    return UNKNOWN;
  }
}
