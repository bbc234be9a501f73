package gov.hotline.infra.city.sim;

import gov.hotline.core.city.CityCase;
import gov.hotline.infra.city.CityMessages;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A city 12345 platform of our own (like telephony's AMI simulator): a real HTTP server speaking
 * the city's contract ({@code city/city-platform.openapi.json}) — it takes the district's status
 * updates (deduplicating by idempotency key, counting every delivery), lists the district's cases
 * for reconciliation, and, through {@link CityPusher}, pushes cases and verdicts to the district.
 * Faults on demand ({@link Faults}): slow answers, 500s for a while or for the next N updates, an
 * update taken but answered with a 500 (the answer lost) or answered late, duplicate and
 * out-of-order pushes.
 */
public final class ScriptedCityServer implements AutoCloseable {
  /** The base path of the city's interface. */
  public static final String BASE = "/api/city/v1";

  private final Vertx vertx;
  private final String token;
  private final HttpServer server;
  private final Faults faults = new Faults();
  private final Map<String, CaseState> cases = new ConcurrentHashMap<>();
  private final Map<String, JsonObject> applied = new ConcurrentHashMap<>();
  private final Map<String, JsonObject> ratings = new ConcurrentHashMap<>();
  private final AtomicLong deliveries = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong outOfOrder = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();

  /** Faults switched on and off by a test or the demo. */
  public static final class Faults {
    /** Every update answered 500 while true (the city is down). */
    public volatile boolean down;

    /** Every answer held this long first. */
    public volatile long slowMillis;

    /** The next N updates answered 500 without being taken. */
    public final AtomicInteger failNext = new AtomicInteger();

    /**
     * Every update taken at once but answered only this long afterwards (a sender that stops in
     * between has delivered without knowing it).
     */
    public volatile long holdAnswerMillis;

    /** The next N updates taken, but answered 500 (the answer is lost on the way). */
    public final AtomicInteger takeThenFail = new AtomicInteger();
  }

  /** What the city knows of one case: the case, its status, and the updates in arrival order. */
  private static final class CaseState {
    final JsonObject json;
    volatile String status = "ASSIGNED";
    volatile long lastSequence;
    final List<String> keys = new ArrayList<>();

    CaseState(JsonObject json) {
      this.json = json;
    }
  }

  private ScriptedCityServer(Vertx vertx, String token, HttpServer server) {
    this.vertx = vertx;
    this.token = token;
    this.server = server;
  }

  /** Starts on {@code port} (0: a free one) of 127.0.0.1, expecting {@code token} as bearer. */
  public static ScriptedCityServer start(Vertx vertx, int port, String token) {
    Router router = Router.router(vertx);
    HttpServer http = vertx.createHttpServer();
    ScriptedCityServer city = new ScriptedCityServer(vertx, token, http);
    router.route(BASE + "/*").handler(BodyHandler.create(false).setBodyLimit(1024 * 1024));
    router.route(BASE + "/*").handler(city::authenticate);
    router.post(BASE + "/updates").handler(city::update);
    router.get(BASE + "/cases").handler(city::list);
    http.requestHandler(router).listen(port, "127.0.0.1").await();
    return city;
  }

  public int port() {
    return server.actualPort();
  }

  public String url() {
    return "http://127.0.0.1:" + port() + BASE;
  }

  public Faults faults() {
    return faults;
  }

  /** Registers a case as dispatched to the district (what the city's list shows). */
  public void dispatched(CityCase.Input c) {
    cases.putIfAbsent(c.caseNo(), new CaseState(CityMessages.caseJson(c)));
  }

  /** Plants a difference: the city shows {@code status} for the case. */
  public void plantStatus(String caseNo, String status) {
    cases.get(caseNo).status = status;
  }

  /** The updates the city took for a case, by idempotency key, in arrival order. */
  public List<String> updatesOf(String caseNo) {
    CaseState s = cases.get(caseNo);
    if (s == null) {
      return List.of();
    }
    synchronized (s.keys) {
      return List.copyOf(s.keys);
    }
  }

  /** The update the city took under a key (null if none). */
  public JsonObject applied(String key) {
    return applied.get(key);
  }

  /** The status the city shows for a case (null if unknown). */
  public String statusOf(String caseNo) {
    CaseState s = cases.get(caseNo);
    return s == null ? null : s.status;
  }

  /**
   * Counters: deliveries (every 2xx-or-not request), taken (status updates), ratings (好差评),
   * duplicates, out of order, refused.
   */
  public Map<String, Long> counters() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("deliveries", deliveries.get());
    m.put("taken", (long) applied.size());
    m.put("ratings", (long) ratings.size());
    m.put("duplicates", duplicates.get());
    m.put("outOfOrder", outOfOrder.get());
    m.put("refused", refused.get());
    return m;
  }

  private void authenticate(RoutingContext ctx) {
    String h = ctx.request().getHeader("Authorization");
    if (h == null || !h.equals("Bearer " + token)) {
      refused.incrementAndGet();
      error(ctx, 401, "UNAUTHENTICATED", "令牌无效");
      return;
    }
    ctx.next();
  }

  private void update(RoutingContext ctx) {
    deliveries.incrementAndGet();
    later(ctx, () -> take(ctx));
  }

  private void take(RoutingContext ctx) {
    if (faults.down || faults.failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      error(ctx, 500, "UNAVAILABLE", "市级平台暂不可用");
      return;
    }
    String key = ctx.request().getHeader("Idempotency-Key");
    JsonObject body;
    try {
      body = ctx.body().asJsonObject();
    } catch (DecodeException e) {
      body = null;
    }
    if (key == null || body == null || !key.equals(body.getString("idempotencyKey"))) {
      refused.incrementAndGet();
      error(ctx, 422, "INVALID", "缺少幂等键或消息体不合法");
      return;
    }
    CaseState s = cases.get(body.getString("caseNo"));
    if ("RATING".equals(body.getString("kind"))) {
      rating(ctx, key, body, s);
      return;
    }
    if (s == null) {
      refused.incrementAndGet();
      error(ctx, 404, "CASE_NOT_FOUND", "市级平台无此工单：" + body.getString("caseNo"));
      return;
    }
    boolean duplicate;
    synchronized (s.keys) {
      duplicate = applied.putIfAbsent(key, body) != null;
      if (duplicate) {
        duplicates.incrementAndGet();
      } else {
        long seq = body.getLong("sequence", 0L);
        if (seq <= s.lastSequence) {
          outOfOrder.incrementAndGet();
        }
        s.lastSequence = Math.max(s.lastSequence, seq);
        s.status = body.getString("kind");
        s.keys.add(key);
      }
    }
    if (faults.takeThenFail.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      error(ctx, 500, "UNAVAILABLE", "市级平台处理超时");
      return;
    }
    JsonObject answer = new JsonObject().put("accepted", true).put("duplicate", duplicate);
    long hold = faults.holdAnswerMillis;
    if (hold > 0) {
      vertx.setTimer(hold, t -> json(ctx, 200, answer));
    } else {
      json(ctx, 200, answer);
    }
  }

  /**
   * A rating (好差评): kept by its idempotency key, for a city case or a district's own ticket alike;
   * no step of the case, so neither its status nor its sequence moves.
   */
  private void rating(RoutingContext ctx, String key, JsonObject body, CaseState s) {
    boolean duplicate = ratings.putIfAbsent(key, body) != null;
    if (duplicate) {
      duplicates.incrementAndGet();
    } else if (s != null) {
      synchronized (s.keys) {
        s.keys.add(key);
      }
    }
    json(ctx, 200, new JsonObject().put("accepted", true).put("duplicate", duplicate));
  }

  /** The ratings (好差评) taken, by idempotency key. */
  public Map<String, JsonObject> ratings() {
    return Map.copyOf(ratings);
  }

  private void list(RoutingContext ctx) {
    later(
        ctx,
        () -> {
          JsonArray items = new JsonArray();
          cases.values().stream()
              .sorted((a, b) -> a.json.getString("caseNo").compareTo(b.json.getString("caseNo")))
              .forEach(s -> items.add(s.json.copy().put("status", s.status)));
          json(ctx, 200, new JsonObject().put("items", items));
        });
  }

  private void later(RoutingContext ctx, Runnable answer) {
    long slow = faults.slowMillis;
    if (slow > 0) {
      vertx.setTimer(slow, t -> answer.run());
    } else {
      answer.run();
    }
  }

  private static void error(RoutingContext ctx, int status, String code, String message) {
    json(
        ctx,
        status,
        new JsonObject().put("error", new JsonObject().put("code", code).put("message", message)));
  }

  private static void json(RoutingContext ctx, int status, JsonObject body) {
    if (ctx.response().ended() || ctx.response().closed()) {
      return;
    }
    ctx.response()
        .setStatusCode(status)
        .putHeader("content-type", "application/json; charset=utf-8")
        .end(body.encode());
  }

  @Override
  public void close() {
    server.close().await();
  }
}
