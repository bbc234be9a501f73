package gov.hotline.reporting.verticle;

import gov.hotline.reporting.port.Rollup;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the report rollups current: every {@code periodMillis} it folds what changed into each
 * rollup. Deploy on a virtual-thread (or worker) context: the fold is blocking database work.
 */
public final class RollupVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(RollupVerticle.class);
  private final List<Rollup> rollups;
  private final long periodMillis;
  private long timer;
  private volatile boolean halted;

  public RollupVerticle(List<Rollup> rollups, long periodMillis) {
    this.rollups = List.copyOf(rollups);
    this.periodMillis = periodMillis;
  }

  @Override
  public Future<?> start() {
    timer =
        vertx.setPeriodic(
            periodMillis,
            id -> {
              for (Rollup r : rollups) {
                if (halted) {
                  return;
                }
                try {
                  r.catchUp();
                } catch (RuntimeException e) {
                  LOG.warn(
                      "report rollup {} failed, will retry: {}",
                      r.getClass().getSimpleName(),
                      e.getMessage());
                }
              }
            });
    return Future.succeededFuture();
  }

  /**
   * Starts no fold from now on, callable from any thread: the undeploy's {@link #stop()} waits
   * behind a running fold, which the shutdown cancels.
   */
  public void halt() {
    halted = true;
    vertx.cancelTimer(timer);
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timer);
    return Future.succeededFuture();
  }
}
