package gov.hotline.reporting.domain;

/**
 * Additive counters of one unit's ticket handling in a slice of time, from the ticket history:
 * dispatches received as lead unit (主办), sign-fors on time, replies (on time), callbacks with their
 * results, returns, extensions, overdue tickets. Stored per unit and day; periods are sums.
 */
public record UnitCounters(
    long dispatched,
    long signed,
    long signedOnTime,
    long replied,
    long repliedOnTime,
    long callbacks,
    long resolved,
    long satisfied,
    long basicallySatisfied,
    long dissatisfied,
    long returns,
    long extensions,
    long overdue) {
  public static final UnitCounters ZERO = new UnitCounters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** These counters without {@code o}'s (the history of tickets taken out of the assessment). */
  public UnitCounters minus(UnitCounters o) {
    return new UnitCounters(
        dispatched - o.dispatched,
        signed - o.signed,
        signedOnTime - o.signedOnTime,
        replied - o.replied,
        repliedOnTime - o.repliedOnTime,
        callbacks - o.callbacks,
        resolved - o.resolved,
        satisfied - o.satisfied,
        basicallySatisfied - o.basicallySatisfied,
        dissatisfied - o.dissatisfied,
        returns - o.returns,
        extensions - o.extensions,
        overdue - o.overdue);
  }

  public UnitCounters plus(UnitCounters o) {
    return new UnitCounters(
        dispatched + o.dispatched,
        signed + o.signed,
        signedOnTime + o.signedOnTime,
        replied + o.replied,
        repliedOnTime + o.repliedOnTime,
        callbacks + o.callbacks,
        resolved + o.resolved,
        satisfied + o.satisfied,
        basicallySatisfied + o.basicallySatisfied,
        dissatisfied + o.dissatisfied,
        returns + o.returns,
        extensions + o.extensions,
        overdue + o.overdue);
  }
}
