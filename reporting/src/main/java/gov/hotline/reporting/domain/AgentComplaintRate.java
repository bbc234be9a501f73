package gov.hotline.reporting.domain;

/**
 * 座席被投诉率 (agent complaint rate), the one definition:
 *
 * <pre>
 *   座席被投诉率 = answered calls with a complaint about their agent reviewed as 成立
 *               ÷ answered calls (接听数)
 * </pre>
 *
 * <ul>
 *   <li>a complaint is tied to the complained-about call (and its recording) and to the agent who
 *       answered it; it counts in that call's period (by the time the call entered the queue, like
 *       接听数) and for that call's agent — per hour, queue, agent and person like every traffic KPI;
 *       the numerator is a part of the denominator, so the rate never exceeds 100 %;
 *   <li>only complaints reviewed as 成立 (upheld, by a team lead or manager) count; 待审核 (pending) and
 *       不成立 (rejected) ones do not; a complaint upheld later changes the figure of the call's
 *       period from then on (the call's day is folded again);
 *   <li>a call with several upheld complaints counts once;
 *   <li>without answered calls the rate is 无数据 ("—"), never 0 %.
 * </ul>
 *
 * @param complainedCalls answered calls with an upheld complaint
 * @param answeredCalls answered calls (接听数)
 */
public record AgentComplaintRate(long complainedCalls, long answeredCalls) {
  public AgentComplaintRate {
    if (complainedCalls < 0 || complainedCalls > answeredCalls) {
      throw new IllegalArgumentException(
          "complained calls must be between 0 and the answered calls: "
              + complainedCalls
              + " / "
              + answeredCalls);
    }
  }

  public Ratio rate() {
    return new Ratio(complainedCalls, answeredCalls);
  }

  /** The formula with its figures, for a report's note: 成立投诉 2 通 ÷ 接听数 200. */
  public String explained() {
    return "成立投诉 " + complainedCalls + " 通 ÷ 接听数 " + answeredCalls;
  }
}
