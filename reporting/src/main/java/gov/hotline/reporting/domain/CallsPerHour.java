package gov.hotline.reporting.domain;

/**
 * 每小时接听量 (calls per hour) of one person in a period = calls the person answered / 签入时长 in hours;
 * null without time logged in.
 */
public record CallsPerHour(long answered, long loggedInMillis) {
  public static CallsPerHour of(AgentWork w) {
    return new CallsPerHour(w.answered(), w.loggedIn().millis());
  }

  public Double value() {
    return loggedInMillis == 0 ? null : answered / (loggedInMillis / 3_600_000.0);
  }
}
