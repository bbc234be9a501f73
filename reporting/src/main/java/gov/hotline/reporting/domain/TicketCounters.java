package gov.hotline.reporting.domain;

/**
 * Additive counters of tickets (工单) for one slice — one day, channel, appeal type and category.
 * Rollups store these per day; any period is the sum of its days, and every ticket KPI is computed
 * from the sums by {@link TicketKpis}. Which day each counter lands on is defined once, in {@code
 * TicketSlices}:
 *
 * <ul>
 *   <li>{@code created} 受理量 and {@code directClosed} 直接办结: the day the ticket was created;
 *   <li>{@code replied} 反馈 (each reply needs a callback) and {@code calledBack} (those replies that
 *       have been called back since): the day of the reply;
 *   <li>{@code callbacks} 回访, {@code resolved} and the three answers 满意/基本满意/不满意: the day of the
 *       callback.
 * </ul>
 */
public record TicketCounters(
    long created,
    long directClosed,
    long replied,
    long calledBack,
    long callbacks,
    long resolved,
    long satisfied,
    long basicallySatisfied,
    long dissatisfied) {
  public static final TicketCounters ZERO = new TicketCounters(0, 0, 0, 0, 0, 0, 0, 0, 0);

  public TicketCounters plus(TicketCounters o) {
    return new TicketCounters(
        created + o.created,
        directClosed + o.directClosed,
        replied + o.replied,
        calledBack + o.calledBack,
        callbacks + o.callbacks,
        resolved + o.resolved,
        satisfied + o.satisfied,
        basicallySatisfied + o.basicallySatisfied,
        dissatisfied + o.dissatisfied);
  }

  public boolean isZero() {
    return equals(ZERO);
  }
}
