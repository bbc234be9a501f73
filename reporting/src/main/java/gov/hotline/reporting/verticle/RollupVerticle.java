package gov.hotline.reporting.verticle;

import gov.hotline.reporting.port.UnitStatistics;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the report rollups current: every {@code periodMillis} it folds new ticket history into the daily unit
 * counters. Deploy on a virtual-thread (or worker) context: the fold is blocking database work.
 */
public final class RollupVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(RollupVerticle.class);
  private final UnitStatistics statistics;
  private final long periodMillis;
  private long timer;

  public RollupVerticle(UnitStatistics statistics, long periodMillis) {
    this.statistics = statistics;
    this.periodMillis = periodMillis;
  }

  @Override
  public Future<?> start() {
    timer = vertx.setPeriodic(periodMillis, id -> {
      try {
        statistics.catchUp();
      } catch (RuntimeException e) {
        LOG.warn("report rollup failed, will retry: {}", e.getMessage());
      }
    });
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timer);
    return Future.succeededFuture();
  }
}
