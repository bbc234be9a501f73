package gov.hotline.core.ticket;

/** Intake channel (来源渠道). */
public enum Channel {
  PHONE("电话"),
  WEB("网站"),
  WECHAT("微信"),
  APP("APP"),
  MESSAGE_BOARD("留言板"),
  EMAIL("电子邮件");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  /** Chinese label shown to users. */
  public String label() {
    return label;
  }
}
