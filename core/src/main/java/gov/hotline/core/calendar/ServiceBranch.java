package gov.hotline.core.calendar;

/**
 * The branch a call to the hotline takes by the service hours (服务时间分流), as the dialplan asks the
 * platform when the call arrives.
 */
public enum ServiceBranch {
  /** 工作时间: the hotline is open; the call goes to the 5×8 queue. */
  OPEN("工作时间"),
  /**
   * 7×24 应急: the hotline is closed, but the line is answered around the clock (emergency queue).
   */
  EMERGENCY("7×24 应急"),
  /** 非工作时间: the hotline is closed; the caller hears the after-hours message. */
  AFTER_HOURS("非工作时间");

  private final String label;

  ServiceBranch(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
