package gov.hotline.core.ticket;

/**
 * Intake channel (来源渠道). A call always comes with the caller's number, so {@link #PHONE} intake
 * demands it; a web form, WeChat, an app, the 留言板 or an e-mail may come without one (the citizen
 * left an address or an e-mail instead), and intake on those channels takes the phone as optional.
 */
public enum Channel {
  PHONE("电话", true),
  WEB("网站", false),
  WECHAT("微信", false),
  APP("APP", false),
  MESSAGE_BOARD("留言板", false),
  EMAIL("电子邮件", false),
  /** Dispatched down by the city's 12345 centre (市级派单); the case carries what the city has. */
  CITY("市级派单", false);

  private final String label;
  private final boolean phoneRequired;

  Channel(String label, boolean phoneRequired) {
    this.label = label;
    this.phoneRequired = phoneRequired;
  }

  /** Whether intake on this channel must have the citizen's phone number. */
  public boolean phoneRequired() {
    return phoneRequired;
  }

  /** Chinese label shown to users. */
  public String label() {
    return label;
  }
}
