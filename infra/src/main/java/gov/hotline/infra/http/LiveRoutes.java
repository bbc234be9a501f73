package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.ticket.TicketAccess;
import gov.hotline.core.ticket.TicketService;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.infra.live.TicketLive;
import gov.hotline.infra.live.TicketNotice;
import gov.hotline.infra.telephony.LiveFeed;
import gov.hotline.telephony.domain.LiveBoard;
import gov.hotline.telephony.domain.LiveBoardSnapshot;
import gov.hotline.telephony.domain.ScreenPop;
import gov.hotline.telephony.service.AgentActions;
import gov.hotline.telephony.verticle.TelephonyAddresses;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Live queues (实时监控): {@code GET /live/queues} now, and {@code GET /live/stream}, a Server-Sent
 * Events channel carrying queue snapshots (the first change at once, then at most one a second)
 * and, for an agent, the screen pops of the interface they sit at; for dispatchers and unit
 * handlers, the ticket events ({@code event: ticket}) of the tickets each may see, as the ticket
 * API scopes them. Every message has an {@code id:}; a browser reconnecting with {@code
 * Last-Event-ID} (or {@code ?lastEventId=}) first gets the screen pops and ticket events it missed,
 * once, then a fresh snapshot, then the live feed.
 *
 * <p>A snapshot is encoded once per masking group (full or masked numbers), not once per stream,
 * and a pop's seat is looked up once, not once per stream: a thousand streams cost a thousand
 * writes, not a thousand encodings.
 */
public final class LiveRoutes {
  private static final Role[] VIEWERS = {Role.AGENT, Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN};
  private static final Role[] TICKET_VIEWERS = {Role.DISPATCHER, Role.UNIT_HANDLER};
  private static final Role[] STREAM = {
    Role.AGENT, Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN, Role.DISPATCHER, Role.UNIT_HANDLER
  };
  private final LiveBoard board;
  private final AgentActions agents;
  private final LiveFeed feed;
  private final LiveJson json;
  private final TicketService tickets;
  // the last snapshot sent, encoded per masking group; the last pop's seated users
  private Encoded lastBoard = new Encoded(-1, null, null);
  private PopSeat lastPop = new PopSeat(-1, Set.of());

  private record Encoded(long id, Buffer full, Buffer masked) {}

  private record PopSeat(long id, Set<String> usernames) {}

  public LiveRoutes(
      LiveBoard board, AgentActions agents, LiveFeed feed, LiveJson json, TicketService tickets) {
    this.board = board;
    this.agents = agents;
    this.feed = feed;
    this.json = json;
    this.tickets = tickets;
  }

  public void mount(Router api) {
    api.get("/live/queues")
        .handler(
            handle(
                ctx -> {
                  Actor actor = Requests.requireRole(ctx, VIEWERS);
                  Requests.ok(ctx, json.board(board.snapshot(), actor));
                }));
    api.get("/live/stream").handler(handle(this::stream));
  }

  private void stream(RoutingContext ctx) {
    Actor actor = Requests.requireRole(ctx, STREAM);
    boolean queuesToo = actor.is(VIEWERS);
    boolean ticketsToo = actor.is(TICKET_VIEWERS);
    Long lastEventId = lastEventId(ctx);
    HttpServerResponse res =
        ctx.response()
            .setChunked(true)
            .putHeader("Content-Type", "text/event-stream")
            .putHeader("Cache-Control", "no-cache")
            .putHeader("X-Accel-Buffering", "no");
    // consumers first, then the resume point: what is published in between arrives live with an id
    // at or below
    // the floor and is dropped, having been replayed (pops, tickets) or superseded by the fresh
    // snapshot (queues)
    AtomicLong floor = new AtomicLong(Long.MAX_VALUE);
    var bus = ctx.vertx().eventBus();
    List<MessageConsumer<?>> consumers = new ArrayList<>();
    if (queuesToo) {
      consumers.add(
          bus.<LiveBoardSnapshot>consumer(
              TelephonyAddresses.CONSOLE_QUEUES,
              m -> {
                long id = LiveFeed.idOf(m);
                if (id > floor.get()) {
                  write(res, encodedBoard(id, m.body(), actor));
                }
              }));
      consumers.add(
          bus.<ScreenPop>consumer(
              TelephonyAddresses.SCREEN_POP,
              m -> {
                long id = LiveFeed.idOf(m);
                if (id > floor.get() && seated(id, m.body()).contains(actor.username())) {
                  send(res, id, "screen-pop", json.pop(m.body(), actor).encode());
                }
              }));
    }
    if (ticketsToo) {
      consumers.add(
          bus.<TicketNotice>consumer(
              TicketLive.ADDRESS,
              m -> {
                long id = LiveFeed.idOf(m);
                if (id > floor.get() && sees(actor, m.body(), tickets.access())) {
                  send(res, id, "ticket", ticket(m.body()).encode());
                }
              }));
    }
    floor.set(resume(res, actor, lastEventId, queuesToo));
    long ping =
        ctx.vertx()
            .setPeriodic(
                15_000,
                id -> {
                  if (!res.closed()) {
                    res.write(": ping\n\n");
                  }
                });
    res.closeHandler(
        v -> {
          consumers.forEach(MessageConsumer::unregister);
          ctx.vertx().cancelTimer(ping);
        });
  }

  /**
   * The pops and ticket events missed since {@code lastEventId}, then a fresh snapshot (for the
   * roles that watch queues); returns the id the live feed goes on from.
   */
  private long resume(HttpServerResponse res, Actor actor, Long lastEventId, boolean queuesToo) {
    LiveFeed.Resume resume = feed.resume(lastEventId);
    res.write("retry: 2000\n\n");
    TicketAccess access = tickets.access();
    for (LiveFeed.Entry e : resume.missed()) {
      if (e.body() instanceof ScreenPop pop && mine(actor, pop)) {
        send(res, e.id(), "screen-pop", json.pop(pop, actor).encode());
      } else if (e.body() instanceof TicketNotice n
          && actor.is(TICKET_VIEWERS)
          && sees(actor, n, access)) {
        send(res, e.id(), "ticket", ticket(n).encode());
      }
    }
    if (queuesToo) {
      send(res, resume.lastId(), "queues", json.board(board.snapshot(), actor).encode());
    }
    return resume.lastId();
  }

  /**
   * A dispatcher sees every ticket event; a unit handler those of the steps of tickets that were
   * with its unit or a unit below it at that step (just before or after it): not the steps after
   * its unit lost the ticket (re-dispatched elsewhere, return approved, taken back from the
   * community), however soon they follow.
   */
  private static boolean sees(Actor actor, TicketNotice n, TicketAccess access) {
    if (actor.role() == Role.DISPATCHER) {
      return true;
    }
    return actor.role() == Role.UNIT_HANDLER
        && !n.hotspot()
        && access.followsAnyOf(actor, n.units());
  }

  private static JsonObject ticket(TicketNotice n) {
    JsonObject o =
        new JsonObject()
            .put("kind", n.kind())
            .put("label", n.label())
            .put("at", CallJson.time(n.at()));
    if (n.ticket() != null) {
      var t = n.ticket();
      o.put("action", n.action())
          .put("ticketId", t.id().value())
          .put("ticketNo", t.no().value())
          .put("status", n.status().name())
          .put("statusLabel", n.status().label())
          .put(
              "leadUnitId",
              t.assignment().leadUnitId() == null ? null : t.assignment().leadUnitId().value());
    }
    return o;
  }

  /**
   * The board message of snapshot {@code id} as this actor may see it, encoded once per masking
   * group.
   */
  private Buffer encodedBoard(long id, LiveBoardSnapshot s, Actor actor) {
    boolean full = TicketAccess.seesFullNumbers(actor);
    synchronized (this) {
      Encoded e = lastBoard.id() == id ? lastBoard : new Encoded(id, null, null);
      Buffer b = full ? e.full() : e.masked();
      if (b == null) {
        b = frame(id, "queues", json.board(s, actor).encode());
        e = full ? new Encoded(id, b, e.masked()) : new Encoded(id, e.full(), b);
      }
      if (e.id() >= lastBoard.id()) {
        lastBoard = e;
      }
      return b;
    }
  }

  /** The user names seated at the interface of pop {@code id}, looked up once per pop. */
  private Set<String> seated(long id, ScreenPop pop) {
    synchronized (this) {
      if (lastPop.id() == id) {
        return lastPop.usernames();
      }
    }
    Set<String> users =
        agents.seats().stream()
            .filter(s -> s.iface().equals(pop.agentInterface()))
            .map(s -> s.username())
            .collect(Collectors.toUnmodifiableSet());
    synchronized (this) {
      if (id > lastPop.id()) {
        lastPop = new PopSeat(id, users);
      }
    }
    return users;
  }

  private static Long lastEventId(RoutingContext ctx) {
    String v = ctx.request().getHeader("Last-Event-ID");
    if (v == null || v.isBlank()) {
      v = Requests.query(ctx, "lastEventId");
    }
    try {
      return v == null || v.isBlank() ? null : Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      return null; // not one of ours: start afresh
    }
  }

  private boolean mine(Actor actor, ScreenPop pop) {
    return agents.seats().stream()
        .anyMatch(
            s -> s.username().equals(actor.username()) && s.iface().equals(pop.agentInterface()));
  }

  private static Buffer frame(long id, String event, String json) {
    return Buffer.buffer("id: " + id + "\nevent: " + event + "\ndata: " + json + "\n\n");
  }

  private static void send(HttpServerResponse res, long id, String event, String json) {
    write(res, frame(id, event, json));
  }

  private static void write(HttpServerResponse res, Buffer frame) {
    synchronized (res) {
      if (!res.closed() && !res.ended()) {
        res.write(frame);
      }
    }
  }
}
