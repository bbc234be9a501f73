package gov.hotline.reporting.verticle;

import gov.hotline.reporting.service.ReportArchiving;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every minute whether a day, week, month, quarter or year has ended and its reports are
 * due; deploy on a virtual-thread context (generation is blocking). Several instances may run it:
 * the archive lets one generate at a time.
 */
public final class ReportScheduleVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(ReportScheduleVerticle.class);
  private final ReportArchiving archiving;
  private long timer;

  public ReportScheduleVerticle(ReportArchiving archiving) {
    this.archiving = archiving;
  }

  @Override
  public Future<?> start() {
    timer =
        vertx.setPeriodic(
            1_000,
            60_000,
            id -> {
              try {
                int n = archiving.runSchedule();
                if (n > 0) {
                  LOG.info("scheduled reports generated: {}", n);
                }
              } catch (RuntimeException e) {
                LOG.warn("scheduled report generation failed, will retry: {}", e.getMessage());
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
