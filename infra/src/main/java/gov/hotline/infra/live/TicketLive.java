package gov.hotline.infra.live;

import gov.hotline.core.event.EventAddresses;
import gov.hotline.core.event.TicketCreated;
import gov.hotline.core.event.TicketTransitioned;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketAction;
import gov.hotline.core.ticket.TicketService;
import gov.hotline.core.ticket.TicketStatus;
import gov.hotline.core.user.Actor;
import gov.hotline.infra.telephony.LiveFeed;
import gov.hotline.vertx.LocalRecordCodec;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ticket events for the browsers' live stream: every ticket created or moved (published after
 * commit on {@value EventAddresses#TICKET_CREATED} / {@value EventAddresses#TICKET_TRANSITIONED})
 * and every scan that raised hotspots becomes a {@link TicketNotice} with the ticket as it stands,
 * numbered and kept for replay by the {@link LiveFeed} and published on {@value #ADDRESS}; each
 * stream shows it only to whom the ticket API would show the ticket. The ticket is read once per
 * event, off the event loop, in the order the events came.
 */
public final class TicketLive implements AutoCloseable {
  /** Outbound to the browsers' streams only. */
  public static final String ADDRESS = "console.tickets";

  private static final Logger LOG = LoggerFactory.getLogger(TicketLive.class);
  private static final Actor READER = Actor.system(UnitId.of("SYSTEM"));

  private final Vertx vertx;
  private final LiveFeed feed;
  private final TicketService tickets;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("ticket-live").factory());

  private TicketLive(Vertx vertx, LiveFeed feed, TicketService tickets) {
    this.vertx = vertx;
    this.feed = feed;
    this.tickets = tickets;
  }

  /**
   * Subscribes to the ticket events; {@code hotspotAddress} carries the scans that raised hotspots.
   */
  public static TicketLive start(
      Vertx vertx, LiveFeed feed, TicketService tickets, String hotspotAddress) {
    LocalRecordCodec.register(vertx.eventBus(), TicketNotice.class);
    TicketLive live = new TicketLive(vertx, feed, tickets);
    var bus = vertx.eventBus();
    bus.<TicketCreated>consumer(
        EventAddresses.TICKET_CREATED,
        m ->
            live.later(
                m.body().ticketId(),
                TicketAction.CREATE.code(),
                m.body().at(),
                TicketStatus.RECEIVED,
                List.of()));
    bus.<TicketTransitioned>consumer(
        EventAddresses.TICKET_TRANSITIONED,
        m ->
            live.later(
                m.body().ticketId(),
                m.body().action(),
                m.body().at(),
                TicketStatus.valueOf(m.body().toStatus()),
                m.body().unitIds().stream().map(UnitId::of).toList()));
    bus.consumer(
        hotspotAddress,
        m ->
            live.worker.execute(
                () ->
                    live.publish(
                        new TicketNotice(
                            "hotspot", "出现新的热点诉求", null, null, tickets.now(), null, List.of()))));
    return live;
  }

  /**
   * The notice of one step, scoped by the units of that step ({@code units}, carried by the event)
   * rather than by the ticket as read here, which may already be several steps on.
   */
  private void later(
      long ticketId, String action, Instant at, TicketStatus status, List<UnitId> units) {
    worker.execute(
        () -> {
          try {
            Ticket t = tickets.get(new TicketId(ticketId), READER);
            publish(notice(action, t, at, status, units));
          } catch (RuntimeException e) {
            LOG.warn("工单 {} 的实时通知未能发出", ticketId, e);
          }
        });
  }

  private void publish(TicketNotice n) {
    feed.publishKept(vertx.eventBus(), ADDRESS, n);
  }

  static TicketNotice notice(
      String action, Ticket t, Instant at, TicketStatus status, List<UnitId> units) {
    String no = t.no().value();
    if (status == TicketStatus.PENDING_DISPATCH && !TicketAction.MERGE.code().equals(action)) {
      boolean again = TicketAction.APPROVE_RETURN.code().equals(action);
      return new TicketNotice(
          "pending", (again ? "退单通过，待重新派单：" : "新工单待派单：") + no, action, t, at, status, units);
    }
    String kind =
        switch (TicketAction.byCode(action).orElse(TicketAction.CREATE)) {
          case DISPATCH -> "dispatched";
          case URGE -> "urged";
          case SUPERVISE -> "supervised";
          case RETURN -> "return-requested";
          case REQUEST_EXTENSION -> "extension-requested";
          case APPROVE_EXTENSION, REJECT_EXTENSION -> "extension-decided";
          default -> "changed";
        };
    String label = TicketAction.byCode(action).map(TicketAction::label).orElse("更新") + "：" + no;
    return new TicketNotice(kind, label, action, t, at, status, units);
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
