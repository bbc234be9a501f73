package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.infra.telephony.LiveFeed;
import gov.hotline.telephony.domain.LiveBoardSnapshot;
import gov.hotline.telephony.domain.ScreenPop;
import gov.hotline.telephony.verticle.TelephonyAddresses;
import gov.hotline.telephony.domain.LiveBoard;
import gov.hotline.telephony.service.AgentActions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live queues (实时监控): {@code GET /live/queues} now, and {@code GET /live/stream}, a Server-Sent Events channel
 * carrying queue snapshots (at most one a second while something changes) and, for an agent, the screen pops of
 * the interface they sit at. Every message has an {@code id:}; a browser reconnecting with {@code Last-Event-ID}
 * (or {@code ?lastEventId=}) first gets the screen pops it missed, once, then a fresh snapshot, then the live feed.
 */
public final class LiveRoutes {
  private static final Role[] VIEWERS = {Role.AGENT, Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN};
  private final LiveBoard board;
  private final AgentActions agents;
  private final LiveFeed feed;
  private final LiveJson json;

  public LiveRoutes(LiveBoard board, AgentActions agents, LiveFeed feed, LiveJson json) {
    this.board = board;
    this.agents = agents;
    this.feed = feed;
    this.json = json;
  }

  public void mount(Router api) {
    api.get("/live/queues").handler(handle(ctx -> {
      Actor actor = Requests.requireRole(ctx, VIEWERS);
      Requests.ok(ctx, json.board(board.snapshot(), actor));
    }));
    api.get("/live/stream").handler(handle(this::stream));
  }

  private void stream(RoutingContext ctx) {
    Actor actor = Requests.requireRole(ctx, VIEWERS);
    Long lastEventId = lastEventId(ctx);
    HttpServerResponse res = ctx.response().setChunked(true).putHeader("Content-Type", "text/event-stream")
        .putHeader("Cache-Control", "no-cache").putHeader("X-Accel-Buffering", "no");
    // consumers first, then the resume point: what is published in between arrives live with an id at or below
    // the floor and is dropped, having been replayed (pops) or superseded by the fresh snapshot (queues)
    AtomicLong floor = new AtomicLong(Long.MAX_VALUE);
    var bus = ctx.vertx().eventBus();
    MessageConsumer<LiveBoardSnapshot> queues = bus.consumer(TelephonyAddresses.CONSOLE_QUEUES, m -> {
      long id = LiveFeed.idOf(m);
      if (id > floor.get()) {
        send(res, id, "queues", json.board(m.body(), actor).encode());
      }
    });
    MessageConsumer<ScreenPop> pops = bus.consumer(TelephonyAddresses.SCREEN_POP, m -> {
      long id = LiveFeed.idOf(m);
      if (id > floor.get() && mine(actor, m.body())) {
        send(res, id, "screen-pop", json.pop(m.body(), actor).encode());
      }
    });
    floor.set(resume(res, actor, lastEventId));
    long ping = ctx.vertx().setPeriodic(15_000, id -> {
      if (!res.closed()) {
        res.write(": ping\n\n");
      }
    });
    List<MessageConsumer<?>> consumers = List.of(queues, pops);
    res.closeHandler(v -> {
      consumers.forEach(MessageConsumer::unregister);
      ctx.vertx().cancelTimer(ping);
    });
  }

  /** The pops missed since {@code lastEventId}, then a fresh snapshot; returns the id the live feed goes on from. */
  private long resume(HttpServerResponse res, Actor actor, Long lastEventId) {
    LiveFeed.Resume resume = feed.resume(lastEventId);
    res.write("retry: 2000\n\n");
    for (LiveFeed.Entry e : resume.missed()) {
      if (mine(actor, e.pop())) {
        send(res, e.id(), "screen-pop", json.pop(e.pop(), actor).encode());
      }
    }
    send(res, resume.lastId(), "queues", json.board(board.snapshot(), actor).encode());
    return resume.lastId();
  }

  private static Long lastEventId(RoutingContext ctx) {
    String v = ctx.request().getHeader("Last-Event-ID");
    if (v == null || v.isBlank()) {
      v = Requests.query(ctx, "lastEventId");
    }
    try {
      return v == null || v.isBlank() ? null : Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      return null;                     // not one of ours: start afresh
    }
  }

  private boolean mine(Actor actor, ScreenPop pop) {
    return agents.seats().stream().anyMatch(s -> s.username().equals(actor.username())
        && s.iface().equals(pop.agentInterface()));
  }

  private static void send(HttpServerResponse res, long id, String event, String json) {
    synchronized (res) {
      if (!res.closed() && !res.ended()) {
        res.write("id: " + id + "\nevent: " + event + "\ndata: " + json + "\n\n");
      }
    }
  }
}
