package gov.hotline.reporting.domain;

/**
 * 服务满意度 (话后评价): the citizens' own judgement of the call, pressed on the phone after the agent hung
 * up. Its own line, never mixed into the callback 满意率 ({@link CallbackSatisfaction}).
 *
 * <ul>
 *   <li>responses 参评数 = answered calls (接听数) of the period whose caller answered the survey;
 *   <li>service satisfaction 服务满意度 = (满意 + 基本满意) / 参评数;
 *   <li>response rate 参评率 = 参评数 / 接听数 (every answered call is offered the survey).
 * </ul>
 *
 * Calls count by when they entered the queue, like every traffic figure; an empty denominator is
 * undefined ("—"), never 100 %.
 */
public record ServiceSatisfaction(
    long satisfied, long basicallySatisfied, long dissatisfied, long answeredCalls) {

  public long responses() {
    return satisfied + basicallySatisfied + dissatisfied;
  }

  /** 服务满意度 = (满意 + 基本满意) / 参评数. */
  public Ratio rate() {
    return new Ratio(satisfied + basicallySatisfied, responses());
  }

  /** 参评率 = 参评数 / 接听数. */
  public Ratio responseRate() {
    return new Ratio(responses(), answeredCalls);
  }
}
