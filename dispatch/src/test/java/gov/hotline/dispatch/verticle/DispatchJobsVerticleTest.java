package gov.hotline.dispatch.verticle;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.event.EventAddresses;
import gov.hotline.core.event.TicketCreated;
import gov.hotline.core.event.TicketTransitioned;
import gov.hotline.dispatch.domain.AlertKind;
import gov.hotline.dispatch.service.EscalationService.SweepResult;
import gov.hotline.vertx.LocalRecordCodec;
import io.vertx.core.Vertx;
import io.vertx.junit5.Checkpoint;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class DispatchJobsVerticleTest {
  private static final Duration LONG = Duration.ofHours(1);
  private static final TicketTransitioned URGED =
      new TicketTransitioned(
          7,
          "HD20261121-000007",
          "urge",
          "SIGNED",
          "SIGNED",
          "STR_QH",
          0,
          Instant.parse("2026-11-21T02:00:00Z"));

  private static void codecs(Vertx vertx) {
    LocalRecordCodec.register(vertx.eventBus(), TicketCreated.class, TicketTransitioned.class);
  }

  private static SweepResult nothing() {
    return new SweepResult(true, Map.of(), 0, 0, 0, 0, List.of());
  }

  @Test
  void aNewTicketStartsAScanAtOnce(Vertx vertx, VertxTestContext ctx) {
    codecs(vertx);
    Checkpoint scanned = ctx.laxCheckpoint();
    vertx
        .deployVerticle(
            new DispatchJobsVerticle(scanned::flag, DispatchJobsVerticleTest::nothing, LONG, LONG))
        .onComplete(
            ctx.succeeding(
                id ->
                    vertx
                        .eventBus()
                        .publish(
                            EventAddresses.TICKET_CREATED,
                            new TicketCreated(
                                1, "HD20261121-000001", "SR01", "PHONE", null, Instant.now()))));
  }

  @Test
  void aDispatchStartsAScanButAnUrgeDoesNot(Vertx vertx, VertxTestContext ctx) {
    codecs(vertx);
    AtomicInteger scans = new AtomicInteger();
    vertx
        .deployVerticle(
            new DispatchJobsVerticle(
                scans::incrementAndGet, DispatchJobsVerticleTest::nothing, LONG, LONG))
        .onComplete(
            ctx.succeeding(
                id -> {
                  vertx.eventBus().publish(EventAddresses.TICKET_TRANSITIONED, URGED);
                  vertx
                      .eventBus()
                      .publish(
                          EventAddresses.TICKET_TRANSITIONED,
                          new TicketTransitioned(
                              8,
                              "HD20261121-000008",
                              "dispatch",
                              "PENDING_DISPATCH",
                              "DISPATCHED",
                              "STR_QH",
                              3,
                              Instant.now()));
                  vertx.setPeriodic(
                      20,
                      t -> {
                        if (scans.get() > 0) {
                          vertx.cancelTimer(t);
                          ctx.verify(() -> assertThat(scans.get()).isEqualTo(1));
                          ctx.completeNow();
                        }
                      });
                }));
  }

  @Test
  void theSweepRunsOnItsScheduleAndPublishesTheUrgesItSent(Vertx vertx, VertxTestContext ctx) {
    codecs(vertx);
    Checkpoint published = ctx.laxCheckpoint();
    vertx
        .eventBus()
        .<TicketTransitioned>consumer(
            EventAddresses.TICKET_TRANSITIONED,
            m ->
                ctx.verify(
                    () -> {
                      assertThat(m.body().ticketNo()).isEqualTo("HD20261121-000007");
                      published.flag();
                    }));
    SweepResult oneUrge =
        new SweepResult(true, Map.of(AlertKind.OVERDUE, 1), 1, 0, 3, 4, List.of(URGED));
    vertx
        .deployVerticle(
            new DispatchJobsVerticle(() -> {}, () -> oneUrge, LONG, Duration.ofMillis(50)))
        .onComplete(ctx.succeeding(id -> {}));
  }
}
