package gov.hotline.dispatch.verticle;

import gov.hotline.core.event.EventAddresses;
import gov.hotline.core.event.TicketTransitioned;
import gov.hotline.core.ticket.TicketAction;
import gov.hotline.dispatch.service.EscalationService.SweepResult;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the dispatch jobs on a schedule: the scan (new tickets → jurisdiction, duplicates, hotspots;
 * new dispatches → decisions) every {@code scanEvery} and at once after a ticket is created or
 * dispatched on this instance, and the escalation sweep every {@code sweepEvery}, publishing the
 * urges it sent after they were committed. Both jobs block and run on worker threads, one at a time
 * each here; the services' advisory locks make them run on one instance at a time across the
 * cluster.
 */
public final class DispatchJobsVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(DispatchJobsVerticle.class);

  private final Runnable scan;
  private final Supplier<SweepResult> sweep;
  private final Duration scanEvery;
  private final Duration sweepEvery;
  private final AtomicBoolean scanning = new AtomicBoolean();
  private final AtomicBoolean scanAgain = new AtomicBoolean();
  private final AtomicBoolean sweeping = new AtomicBoolean();

  public DispatchJobsVerticle(
      Runnable scan, Supplier<SweepResult> sweep, Duration scanEvery, Duration sweepEvery) {
    this.scan = Objects.requireNonNull(scan);
    this.sweep = Objects.requireNonNull(sweep);
    this.scanEvery = scanEvery;
    this.sweepEvery = sweepEvery;
  }

  @Override
  public Future<?> start() {
    vertx.setPeriodic(scanEvery.toMillis(), id -> scanSoon());
    vertx.setPeriodic(sweepEvery.toMillis(), id -> sweep());
    return Future.all(
        vertx.eventBus().consumer(EventAddresses.TICKET_CREATED, m -> scanSoon()).completion(),
        vertx
            .eventBus()
            .<TicketTransitioned>consumer(
                EventAddresses.TICKET_TRANSITIONED,
                m -> {
                  if (TicketAction.DISPATCH.code().equals(m.body().action())) {
                    scanSoon();
                  }
                })
            .completion());
  }

  /**
   * Starts a scan unless one runs; one that runs is asked to go once more, so that nothing waits a
   * whole period.
   */
  private void scanSoon() {
    if (!scanning.compareAndSet(false, true)) {
      scanAgain.set(true);
      return;
    }
    scanAgain.set(false);
    vertx
        .executeBlocking(
            () -> {
              scan.run();
              return null;
            },
            false)
        .onComplete(
            ar -> {
              if (ar.failed()) {
                LOG.warn("dispatch scan failed", ar.cause());
              }
              scanning.set(false);
              if (scanAgain.get()) {
                scanSoon();
              }
            });
  }

  private void sweep() {
    if (!sweeping.compareAndSet(false, true)) {
      return;
    }
    vertx
        .executeBlocking(sweep::get, false)
        .onComplete(
            ar -> {
              sweeping.set(false);
              if (ar.failed()) {
                LOG.warn("escalation sweep failed", ar.cause());
                return;
              }
              SweepResult r = ar.result();
              if (r.ran() && (r.urged() > 0 || r.raised().values().stream().anyMatch(n -> n > 0))) {
                LOG.info(
                    "escalation sweep raised {}, urged {} in {} ms",
                    r.raised(),
                    r.urged(),
                    r.millis());
              }
              r.events().forEach(e -> vertx.eventBus().publish(EventAddresses.of(e), e));
            });
  }
}
