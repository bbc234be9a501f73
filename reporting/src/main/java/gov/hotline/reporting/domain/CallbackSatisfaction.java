package gov.hotline.reporting.domain;

/**
 * 满意率 (回访): what citizens said when the hotline called them back about their ticket, over the
 * callbacks made in the period ({@link TicketKpis}). Shown beside the post-call survey's {@link
 * ServiceSatisfaction 服务满意度}, each with its own denominator.
 *
 * <ul>
 *   <li>answers 有答复的回访 = callbacks in which the citizen gave an answer on satisfaction;
 *   <li>satisfaction 满意率 = (满意 + 基本满意) / 有答复的回访;
 *   <li>response rate 答复率 = 有答复的回访 / 回访次数 (every callback made).
 * </ul>
 */
public record CallbackSatisfaction(
    long satisfied, long basicallySatisfied, long dissatisfied, long callbacks) {

  public static CallbackSatisfaction of(TicketKpis k) {
    TicketCounters c = k.counters();
    return new CallbackSatisfaction(
        c.satisfied(), c.basicallySatisfied(), c.dissatisfied(), c.callbacks());
  }

  public long answers() {
    return satisfied + basicallySatisfied + dissatisfied;
  }

  /** 满意率 = (满意 + 基本满意) / 有答复的回访. */
  public Ratio rate() {
    return new Ratio(satisfied + basicallySatisfied, answers());
  }

  /** 答复率 = 有答复的回访 / 回访次数. */
  public Ratio responseRate() {
    return new Ratio(answers(), callbacks);
  }
}
