package gov.hotline.core.ticket;

/** Intake channel (来源渠道). */
public enum Channel {
  PHONE("电话"),
  WEB("网站"),
  WECHAT("微信"),
  APP("APP"),
  MESSAGE_BOARD("留言板"),
  EMAIL("电子邮件"),
  /** Dispatched down by the city's 12345 centre (市级派单). */
  CITY("市级派单");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  /** Chinese label shown to users. */
  public String label() {
    return label;
  }
}
