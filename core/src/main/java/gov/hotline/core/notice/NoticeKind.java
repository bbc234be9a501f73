package gov.hotline.core.notice;

/** What a line of the one-time notice (一次性告知) tells the citizen. */
public enum NoticeKind {
  MATERIALS("所需材料"),
  PLACE("办理地点"),
  HOURS("办理时间"),
  FEES("收费标准");

  private final String label;

  NoticeKind(String label) {
    this.label = label;
  }

  /** Chinese label shown to users. */
  public String label() {
    return label;
  }
}
