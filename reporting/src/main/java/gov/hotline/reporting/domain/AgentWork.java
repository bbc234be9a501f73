package gov.hotline.reporting.domain;

/**
 * One person's work in a period (座席工作量), by person — name and 工号 (the login name) from the
 * platform's agent login, not by phone interface: time logged in, paused by reason, the calls
 * answered and their talk, hold and wrap-up. The figures are {@link LoggedInTime}, {@link
 * PausedTime}, {@link Occupancy}, {@link CallsPerHour} and AHT = talk + hold + wrap-up per answered
 * call, each part shown, and {@link AgentComplaintRate 座席被投诉率} over the calls they answered.
 *
 * @param username 工号, or the interface when no platform login names the person
 * @param name the person's name (the user's display name, else Asterisk's member name)
 * @param complained the answered calls with a complaint about the agent reviewed as 成立
 */
public record AgentWork(
    String username,
    String name,
    LoggedInTime loggedIn,
    PausedTime paused,
    long answered,
    long talkMillis,
    long holdMillis,
    long wrapUpMillis,
    long complained) {

  /** Work without upheld complaints. */
  public AgentWork(
      String username,
      String name,
      LoggedInTime loggedIn,
      PausedTime paused,
      long answered,
      long talkMillis,
      long holdMillis,
      long wrapUpMillis) {
    this(username, name, loggedIn, paused, answered, talkMillis, holdMillis, wrapUpMillis, 0);
  }

  /** 座席被投诉率 of this person, see {@link AgentComplaintRate}. */
  public AgentComplaintRate complaintRate() {
    return new AgentComplaintRate(complained, answered);
  }

  public Occupancy occupancy() {
    return Occupancy.of(this);
  }

  public CallsPerHour callsPerHour() {
    return CallsPerHour.of(this);
  }

  /** 平均通话时长 = Σ talk / answered. */
  public Double avgTalkSeconds() {
    return perCall(talkMillis);
  }

  /** 平均保持时长 = Σ hold / answered. */
  public Double avgHoldSeconds() {
    return perCall(holdMillis);
  }

  /** 平均话后整理时长 = Σ wrap-up / answered. */
  public Double avgWrapUpSeconds() {
    return perCall(wrapUpMillis);
  }

  /** 平均处理时长 (AHT) = Σ (talk + hold + wrap-up) / answered. */
  public Double ahtSeconds() {
    return perCall(talkMillis + holdMillis + wrapUpMillis);
  }

  private Double perCall(long millis) {
    return answered == 0 ? null : millis / 1000.0 / answered;
  }
}
