package gov.hotline.reporting.port;

import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.TicketSlice;
import java.util.List;

/** Ticket volume and service quality kept as daily rollups of the ticket history. */
public interface TicketStatistics extends Rollup {
  /** The stored daily slices of the period. */
  List<TicketSlice> slices(Period period);

  /**
   * The same slices summed over the period's days by the store, each dated the period's first day:
   * all that totals and per-channel/type/category sums need, in a few hundred rows instead of one
   * per day and combination.
   */
  List<TicketSlice> summed(Period period);

  /**
   * The same slices computed straight from the raw tickets and history (slow; used to prove the
   * rollups right).
   */
  List<TicketSlice> recompute(Period period);
}
