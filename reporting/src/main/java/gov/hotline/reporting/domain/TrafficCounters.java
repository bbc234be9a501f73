package gov.hotline.reporting.domain;

/**
 * Additive counters of call traffic for one slice (an hour, a queue, an agent …). Rollups store
 * these; any period's report is the sum of its slices, and every KPI is computed from the sums by
 * {@link TrafficKpis}.
 */
public final class TrafficCounters {
  long offered;
  long answered;
  long afterHours;
  long sumAnsweredWaitMillis;
  long sumTalkMillis;
  long sumHoldMillis;
  long sumWrapUpMillis;
  long maxWaitMillis;
  long surveySatisfied;
  long surveyBasicallySatisfied;
  long surveyDissatisfied;
  long complained;
  final WaitHistogram answeredWaits;
  final WaitHistogram abandonedWaits;

  public TrafficCounters() {
    this.answeredWaits = new WaitHistogram();
    this.abandonedWaits = new WaitHistogram();
  }

  /**
   * Restores stored counters; {@code survey} holds the survey answers 满意, 基本满意, 不满意 of the answered
   * calls; no call with an upheld complaint.
   */
  public TrafficCounters(
      long offered,
      long answered,
      long afterHours,
      long sumAnsweredWaitMillis,
      long sumTalkMillis,
      long sumHoldMillis,
      long sumWrapUpMillis,
      long maxWaitMillis,
      WaitHistogram answeredWaits,
      WaitHistogram abandonedWaits,
      long[] survey) {
    this(
        offered,
        answered,
        afterHours,
        sumAnsweredWaitMillis,
        sumTalkMillis,
        sumHoldMillis,
        sumWrapUpMillis,
        maxWaitMillis,
        answeredWaits,
        abandonedWaits,
        survey,
        0);
  }

  /**
   * Restores stored counters; {@code complained} is how many of the answered calls have a complaint
   * about their agent reviewed as 成立.
   */
  public TrafficCounters(
      long offered,
      long answered,
      long afterHours,
      long sumAnsweredWaitMillis,
      long sumTalkMillis,
      long sumHoldMillis,
      long sumWrapUpMillis,
      long maxWaitMillis,
      WaitHistogram answeredWaits,
      WaitHistogram abandonedWaits,
      long[] survey,
      long complained) {
    this.offered = offered;
    this.answered = answered;
    this.afterHours = afterHours;
    this.sumAnsweredWaitMillis = sumAnsweredWaitMillis;
    this.sumTalkMillis = sumTalkMillis;
    this.sumHoldMillis = sumHoldMillis;
    this.sumWrapUpMillis = sumWrapUpMillis;
    this.maxWaitMillis = maxWaitMillis;
    this.answeredWaits = answeredWaits;
    this.abandonedWaits = abandonedWaits;
    this.surveySatisfied = survey[0];
    this.surveyBasicallySatisfied = survey[1];
    this.surveyDissatisfied = survey[2];
    this.complained = complained;
  }

  /**
   * Counts one call; a call that never reached the queue counts only as after-hours when it was,
   * and a set-aside call (no citizen's) not at all.
   */
  public TrafficCounters add(CallFact c) {
    if (c.countsAfterHours()) {
      afterHours++;
    }
    if (!c.offered()) {
      return this;
    }
    offered++;
    maxWaitMillis = Math.max(maxWaitMillis, c.waitMillis());
    if (c.answered()) {
      answered++;
      sumAnsweredWaitMillis += c.waitMillis();
      sumTalkMillis += c.talkMillis();
      sumHoldMillis += c.holdMillis();
      sumWrapUpMillis += c.wrapUpMillis();
      answeredWaits.add(c.waitMillis());
      if (c.complained()) {
        complained++;
      }
      if (c.survey() != null) {
        switch (c.survey()) {
          case SATISFIED -> surveySatisfied++;
          case BASICALLY_SATISFIED -> surveyBasicallySatisfied++;
          case DISSATISFIED -> surveyDissatisfied++;
        }
      }
    } else {
      abandonedWaits.add(c.waitMillis());
    }
    return this;
  }

  public TrafficCounters merge(TrafficCounters o) {
    offered += o.offered;
    answered += o.answered;
    afterHours += o.afterHours;
    sumAnsweredWaitMillis += o.sumAnsweredWaitMillis;
    sumTalkMillis += o.sumTalkMillis;
    sumHoldMillis += o.sumHoldMillis;
    sumWrapUpMillis += o.sumWrapUpMillis;
    maxWaitMillis = Math.max(maxWaitMillis, o.maxWaitMillis);
    surveySatisfied += o.surveySatisfied;
    surveyBasicallySatisfied += o.surveyBasicallySatisfied;
    surveyDissatisfied += o.surveyDissatisfied;
    complained += o.complained;
    answeredWaits.merge(o.answeredWaits);
    abandonedWaits.merge(o.abandonedWaits);
    return this;
  }

  public long offered() {
    return offered;
  }

  public long answered() {
    return answered;
  }

  public long afterHours() {
    return afterHours;
  }

  public long sumAnsweredWaitMillis() {
    return sumAnsweredWaitMillis;
  }

  public long sumTalkMillis() {
    return sumTalkMillis;
  }

  public long sumHoldMillis() {
    return sumHoldMillis;
  }

  public long sumWrapUpMillis() {
    return sumWrapUpMillis;
  }

  public long maxWaitMillis() {
    return maxWaitMillis;
  }

  /** Survey answers of the answered calls: 满意, 基本满意, 不满意. */
  public long[] survey() {
    return new long[] {surveySatisfied, surveyBasicallySatisfied, surveyDissatisfied};
  }

  /** Answered calls with a complaint about their agent reviewed as 成立. */
  public long complained() {
    return complained;
  }

  public WaitHistogram answeredWaits() {
    return WaitHistogram.of(answeredWaits.toArray());
  }

  public WaitHistogram abandonedWaits() {
    return WaitHistogram.of(abandonedWaits.toArray());
  }
}
