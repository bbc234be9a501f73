package gov.hotline.reporting.port;

import gov.hotline.core.id.UnitId;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.UnitCounters;
import java.time.Instant;
import java.util.Map;

/** Per-unit ticket statistics kept as daily rollups of the ticket history. */
public interface UnitStatistics extends Rollup {

  /** Counters per unit for the period, summed from the rollups. */
  Map<UnitId, UnitCounters> counters(Period period);

  /**
   * The same counters computed straight from the raw history (slow; used to prove the rollups
   * right).
   */
  Map<UnitId, UnitCounters> recompute(Period period);

  /** Open tickets past their current deadline, per lead unit, at {@code now}. */
  Map<UnitId, Long> overdueNow(Instant now);
}
