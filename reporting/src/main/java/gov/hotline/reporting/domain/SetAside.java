package gov.hotline.reporting.domain;

/**
 * Calls that are not calls (非来电): what the telephony context recorded that no citizen offered to
 * the hotline. They are kept out of 呼入总数 and out of every traffic KPI, and each report says how
 * many of each class it set aside. The classes are telephony's directions other than the inbound
 * one; the mapping from its codes lives once, where infra reads the calls.
 */
public enum SetAside {
  /** 回访外呼: a callback the platform placed to a citizen. */
  CALLBACK("回访外呼"),
  /** 班长监听: a team lead's listen, whisper or barge leg (ChanSpy). */
  SUPERVISION("班长监听"),
  /** 内部通话: a call one of the hotline's own phones dialled (colleague, consultation). */
  INTERNAL("内部通话"),
  /** 平台发起: another call the platform originated to one of its own phones. */
  PLATFORM("平台发起");

  private final String label;

  SetAside(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
