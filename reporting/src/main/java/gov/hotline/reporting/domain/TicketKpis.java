package gov.hotline.reporting.domain;

/**
 * The one definition of every ticket KPI (工单指标), computed from {@link TicketCounters}. Conventions:
 *
 * <ul>
 *   <li>volume 工单量 = tickets created in the period (by creation time, Asia/Shanghai), split by
 *       channel 渠道, appeal type 诉求类型 and category 问题分类 (first and second level);
 *   <li>direct-close rate 直接办结率 = tickets created in the period and closed directly by the agent
 *       (DIRECT_CLOSE, no dispatch) / tickets created in the period — a cohort: a ticket counts in
 *       its creation period even when it was closed after midnight, so the rate never exceeds 100%;
 *   <li>callback coverage 回访率 = replies (反馈) made in the period that have been called back (回访)
 *       since / replies made in the period; every reply requires a callback (a reopened ticket
 *       replied twice needs two);
 *   <li>satisfaction 满意率 = (满意 + 基本满意) / callbacks with an answer, over the callbacks made in the
 *       period. Only the callback (回访) counts; the post-call IVR survey (话后评价) is not included;
 *   <li>resolution 解决率 = callbacks in the period where the citizen said the problem is resolved /
 *       callbacks;
 * </ul>
 *
 * The agent complaint rate 座席被投诉率 is not a ticket KPI: it counts reviewed complaints tied to the
 * complained-about calls, see {@link AgentComplaintRate}.
 *
 * <p>Rates are {@link Ratio}s: an empty denominator shows "—", never NaN.
 */
public final class TicketKpis {
  private final TicketCounters c;

  public TicketKpis(TicketCounters counters) {
    this.c = counters;
  }

  public TicketCounters counters() {
    return c;
  }

  public long created() {
    return c.created();
  }

  public long directClosed() {
    return c.directClosed();
  }

  public Ratio directCloseRate() {
    return new Ratio(c.directClosed(), c.created());
  }

  public long replied() {
    return c.replied();
  }

  public long calledBack() {
    return c.calledBack();
  }

  public Ratio callbackCoverage() {
    return new Ratio(c.calledBack(), c.replied());
  }

  public long callbacks() {
    return c.callbacks();
  }

  /** Callbacks where the citizen gave an answer on satisfaction. */
  public long answered() {
    return c.satisfied() + c.basicallySatisfied() + c.dissatisfied();
  }

  public Ratio satisfactionRate() {
    return new Ratio(c.satisfied() + c.basicallySatisfied(), answered());
  }

  public Ratio resolutionRate() {
    return new Ratio(c.resolved(), c.callbacks());
  }
}
