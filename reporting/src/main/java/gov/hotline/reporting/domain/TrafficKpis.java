package gov.hotline.reporting.domain;

/**
 * The one definition of every call-traffic KPI (话务指标), computed from {@link TrafficCounters}.
 * Conventions:
 *
 * <ul>
 *   <li>offered 呼入总数 = calls that reached the hotline queue in the period (by the time they entered
 *       it);
 *   <li>answered 接听数 = offered calls connected to an agent;
 *   <li>abandoned 放弃数 = offered − answered (short abandons included);
 *   <li>short abandoned 短时放弃 = abandoned with wait &lt; the threshold (default 10 s), shown apart;
 *   <li>abandon rate 呼损率 = (offered − answered) / offered; answer rate 接通率 = answered / offered;
 *   <li>service level N 秒接通率 = answered with wait ≤ N s / offered (all offered calls in the
 *       denominator, abandons included — stricter than Asterisk's ServiceLevelPerf, which divides
 *       by completed calls only);
 *   <li>ASA 平均应答时长 = Σ wait of answered / answered; average talk 平均通话时长 = Σ talk / answered;
 *   <li>average hold 平均保持时长 = Σ hold / answered (hold: from the agent's Hold to Unhold, or the
 *       caller's hold music after the answer);
 *   <li>average wrap-up 平均话后整理时长 = Σ wrap-up / answered (wrap-up: from the end of the talk until
 *       the agent is ready again — at least the queue's wrap-up time, longer with a 话后整理 pause; see
 *       telephony's MemberFold);
 *   <li>AHT 平均处理时长 = Σ (talk + hold + wrap-up) / answered = average talk + average hold + average
 *       wrap-up, each part shown beside it;
 *   <li>longest wait 最长等待 = the longest wait of any offered call, answered or not;
 *   <li>after-hours 非工作时间来电 = calls outside service hours, counted apart (they are not offered);
 *   <li>service satisfaction 服务满意度 and its response rate 参评率: the post-call survey's answers of the
 *       answered calls, see {@link ServiceSatisfaction};
 *   <li>agent complaint rate 座席被投诉率 = answered calls with a complaint reviewed as 成立 / answered,
 *       see {@link AgentComplaintRate}.
 * </ul>
 *
 * Rates are {@link Ratio}s; averages are seconds or null when there is nothing to average — never
 * NaN.
 */
public final class TrafficKpis {
  private final TrafficCounters c;
  private final int shortAbandonSeconds;

  public TrafficKpis(TrafficCounters counters, int shortAbandonSeconds) {
    this.c = counters;
    this.shortAbandonSeconds = shortAbandonSeconds;
  }

  public long offered() {
    return c.offered();
  }

  public long answered() {
    return c.answered();
  }

  public long abandoned() {
    return c.offered() - c.answered();
  }

  public long shortAbandoned() {
    return c.abandonedWaits.lessThan(shortAbandonSeconds);
  }

  public Ratio abandonRate() {
    return new Ratio(abandoned(), offered());
  }

  public Ratio answerRate() {
    return new Ratio(answered(), offered());
  }

  /** Abandon rate with short abandons taken out of both numerator and denominator. */
  public Ratio abandonRateExcludingShort() {
    return new Ratio(abandoned() - shortAbandoned(), offered() - shortAbandoned());
  }

  public Ratio serviceLevel(int seconds) {
    return new Ratio(c.answeredWaits.atMost(seconds), offered());
  }

  public Double asaSeconds() {
    return perAnswered(c.sumAnsweredWaitMillis());
  }

  public Double avgTalkSeconds() {
    return perAnswered(c.sumTalkMillis());
  }

  /** 平均保持时长 = Σ hold / answered. */
  public Double avgHoldSeconds() {
    return perAnswered(c.sumHoldMillis());
  }

  /** 平均话后整理时长 = Σ wrap-up / answered. */
  public Double avgWrapUpSeconds() {
    return perAnswered(c.sumWrapUpMillis());
  }

  /** 平均处理时长 = Σ (talk + hold + wrap-up) / answered. */
  public Double ahtSeconds() {
    return perAnswered(c.sumTalkMillis() + c.sumHoldMillis() + c.sumWrapUpMillis());
  }

  public long longestWaitSeconds() {
    return Math.round(c.maxWaitMillis() / 1000.0);
  }

  public long afterHours() {
    return c.afterHours();
  }

  /** 服务满意度 of the post-call survey, over these answered calls. */
  public ServiceSatisfaction serviceSatisfaction() {
    long[] s = c.survey();
    return new ServiceSatisfaction(s[0], s[1], s[2], c.answered());
  }

  /** 座席被投诉率 over these answered calls, see {@link AgentComplaintRate}. */
  public AgentComplaintRate agentComplaintRate() {
    return new AgentComplaintRate(c.complained(), c.answered());
  }

  private Double perAnswered(long millis) {
    return c.answered() == 0 ? null : millis / 1000.0 / c.answered();
  }
}
