package gov.hotline.reporting.domain;

/**
 * 占用率 (occupancy) of one person in a period = (Σ talk + Σ hold + Σ wrap-up of the calls the person
 * answered) / (签入时长 − 示忙时长 except 话后整理). The denominator is the time the person was available for
 * calls; a 话后整理 pause is not taken out of it because its time is wrap-up, already in the numerator.
 * Undefined ("—") without available time.
 */
public record Occupancy(long handlingMillis, long availableMillis) {
  public static Occupancy of(AgentWork w) {
    return new Occupancy(
        w.talkMillis() + w.holdMillis() + w.wrapUpMillis(),
        Math.max(0, w.loggedIn().millis() - w.paused().awayMillis()));
  }

  public Ratio rate() {
    return new Ratio(handlingMillis, availableMillis);
  }
}
