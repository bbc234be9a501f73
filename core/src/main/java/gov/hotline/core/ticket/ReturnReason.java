package gov.hotline.core.ticket;

import java.util.Optional;

/** Why a unit returns a ticket (退单原因): a fixed list, always with an explanation in words. */
public enum ReturnReason {
  NOT_JURISDICTION("非本单位辖区"),
  NOT_DUTY("非本单位职责"),
  INCOMPLETE("诉求信息不全，无法办理"),
  DUPLICATE("重复诉求"),
  OTHER_CHANNEL("应通过诉讼、仲裁、信访等法定途径解决"),
  NOT_GOVERNMENT("不属于政府职能范围"),
  OTHER("其他");

  private final String label;

  ReturnReason(String label) {
    this.label = label;
  }

  /** Chinese label shown to users. */
  public String label() {
    return label;
  }

  public static Optional<ReturnReason> byCode(String code) {
    for (ReturnReason r : values()) {
      if (r.name().equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
