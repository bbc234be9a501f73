package gov.hotline.core.ticket;

import java.util.Optional;

/**
 * Why the district sends a city case back to the city platform (退市理由): the fixed list the city
 * accepts, always with an explanation in words.
 */
public enum CityReturnReason {
  NOT_DISTRICT("非本区管辖"),
  NOT_GOVERNMENT("不属于政府职责范围"),
  LEGAL_CHANNEL("应通过诉讼、仲裁、行政复议等法定途径解决"),
  CONTENT_UNCLEAR("诉求内容不清，无法办理"),
  UNREACHABLE("无法联系诉求人"),
  DUPLICATE("重复派单"),
  WITHDRAWN("诉求人撤销诉求"),
  CITY_LEVEL("涉及市级部门职责，须由市级统筹");

  private final String label;

  CityReturnReason(String label) {
    this.label = label;
  }

  /** Chinese label shown to users and sent to the city. */
  public String label() {
    return label;
  }

  public static Optional<CityReturnReason> byCode(String code) {
    for (CityReturnReason r : values()) {
      if (r.name().equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
