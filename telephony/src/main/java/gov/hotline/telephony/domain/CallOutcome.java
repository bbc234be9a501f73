package gov.hotline.telephony.domain;

/**
 * How a call (通话) ended, as the reports count it. Codes travel in English, labels are shown in
 * Chinese.
 */
public enum CallOutcome {
  IN_PROGRESS("进行中"),
  ANSWERED("已接听"),
  ABANDONED("放弃"),
  SHORT_ABANDONED("短时放弃"),
  AFTER_HOURS("非工作时间来电"),
  NOT_QUEUED("未进入队列挂机"),
  OUTBOUND("外呼已接通"),
  OUTBOUND_UNANSWERED("外呼未接通"),
  SUPERVISION("班长监听（非来电）"),
  INTERNAL("内部通话（非来电）"),
  PLATFORM("平台发起（非来电）");

  private final String label;

  CallOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
