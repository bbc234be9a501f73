package gov.hotline.reporting.port;

import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.TrafficSlice;
import java.util.List;

/** Call traffic kept as hourly rollups of the calls the telephony context recorded. */
public interface TrafficStatistics extends Rollup {
  /** The stored hourly slices of the period. */
  List<TrafficSlice> slices(Period period);

  /** The same slices computed straight from the raw calls (slow; used to prove the rollups right). */
  List<TrafficSlice> recompute(Period period);
}
