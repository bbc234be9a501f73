package gov.hotline.telephony.domain;

/** What a queue member (座席) is doing, as the team lead's board shows it. */
public enum AgentState {
  READY("示闲"),
  RINGING("振铃"),
  TALKING("通话中"),
  WRAP_UP("话后整理"),
  PAUSED("小休/示忙"),
  UNAVAILABLE("设备离线"),
  LOGGED_OUT("已签出");

  private final String label;

  AgentState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
