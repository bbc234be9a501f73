package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.telephony.api.LiveBoardSnapshot;
import gov.hotline.telephony.api.ScreenPop;
import gov.hotline.telephony.api.TelephonyAddresses;
import gov.hotline.telephony.domain.LiveBoard;
import gov.hotline.telephony.service.AgentActions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * Live queues (实时监控): {@code GET /live/queues} now, and {@code GET /live/stream}, a Server-Sent Events channel
 * carrying queue snapshots (at most one a second while something changes) and, for an agent, the screen pops of
 * the interface they sit at.
 */
public final class LiveRoutes {
  private static final Role[] VIEWERS = {Role.AGENT, Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN};
  private final LiveBoard board;
  private final AgentActions agents;

  public LiveRoutes(LiveBoard board, AgentActions agents) {
    this.board = board;
    this.agents = agents;
  }

  public void mount(Router api) {
    api.get("/live/queues").handler(handle(ctx -> {
      Actor actor = Requests.requireRole(ctx, VIEWERS);
      Requests.ok(ctx, LiveJson.board(board.snapshot(), actor));
    }));
    api.get("/live/stream").handler(handle(this::stream));
  }

  private void stream(RoutingContext ctx) {
    Actor actor = Requests.requireRole(ctx, VIEWERS);
    HttpServerResponse res = ctx.response().setChunked(true).putHeader("Content-Type", "text/event-stream")
        .putHeader("Cache-Control", "no-cache").putHeader("X-Accel-Buffering", "no");
    res.write("retry: 2000\n\n");
    send(res, "queues", LiveJson.board(board.snapshot(), actor).encode());
    var bus = ctx.vertx().eventBus();
    MessageConsumer<LiveBoardSnapshot> queues = bus.consumer(TelephonyAddresses.CONSOLE_QUEUES,
        m -> send(res, "queues", LiveJson.board(m.body(), actor).encode()));
    MessageConsumer<ScreenPop> pops = bus.consumer(TelephonyAddresses.SCREEN_POP, m -> {
      if (mine(actor, m.body())) {
        send(res, "screen-pop", LiveJson.pop(m.body()).encode());
      }
    });
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

  private boolean mine(Actor actor, ScreenPop pop) {
    return agents.seats().stream().anyMatch(s -> s.username().equals(actor.username())
        && s.iface().equals(pop.agentInterface()));
  }

  private static void send(HttpServerResponse res, String event, String json) {
    if (!res.closed() && !res.ended()) {
      res.write("event: " + event + "\ndata: " + json + "\n\n");
    }
  }
}
