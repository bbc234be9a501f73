package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.city.CityCase;
import gov.hotline.core.city.CityIntake;
import gov.hotline.core.city.CityReconciliation;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.event.EventAddresses;
import gov.hotline.core.user.Role;
import gov.hotline.infra.city.CityClient;
import gov.hotline.infra.city.CityMessages;
import gov.hotline.infra.city.CityRelay;
import gov.hotline.infra.db.city.JooqCityOutbox;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;

/**
 * The district's side of the city platform's interface (市级平台对接). Inbound, authenticated by the
 * shared token the city presents ({@code HOTLINE_CITY_INBOUND_TOKEN}) and mounted before the login
 * guard: {@code POST /city/cases} (a case pushed down) and {@code POST /city/verdicts} (the city's
 * verdict). For dispatchers and admins: the rejected intake list, the outbox and its dead letters,
 * resend, and the reconciliation with the city's list.
 */
public final class CityRoutes {
  private static final Role[] OPERATORS = {Role.DISPATCHER, Role.ADMIN};
  private final CityIntake intake;
  private final JooqCityOutbox outbox;
  private final CityClient client;
  private final CityRelay relay;
  private final String inboundToken;
  private final EventBus bus;
  private final Clock clock;

  /** {@code client} and {@code relay}: null when no city is linked. */
  public CityRoutes(
      CityIntake intake,
      JooqCityOutbox outbox,
      CityClient client,
      CityRelay relay,
      String inboundToken,
      EventBus bus,
      Clock clock) {
    this.intake = intake;
    this.outbox = outbox;
    this.client = client;
    this.relay = relay;
    this.inboundToken = inboundToken;
    this.bus = bus;
    this.clock = clock;
  }

  /** The city's own routes: mount before the login guard. */
  public void mountInbound(Router api) {
    api.post("/city/cases").handler(handle(this::receive));
    api.post("/city/verdicts").handler(handle(this::verdict));
  }

  /** The operators' routes: mount after the login guard. */
  public void mount(Router api) {
    api.get("/city/rejected-intake").handler(handle(this::rejected));
    api.get("/city/dead-letters").handler(handle(this::deadLetters));
    api.get("/city/outbox").handler(handle(this::messages));
    api.post("/city/outbox/:id/resend").handler(handle(this::resend));
    api.get("/city/reconciliation").handler(handle(this::reconcile));
  }

  private void requireCity(RoutingContext ctx) {
    if (inboundToken.isEmpty()) {
      throw new DomainException(
          ErrorKind.UNAVAILABLE,
          "CITY_LINK_OFF",
          "本区未配置市级平台令牌（HOTLINE_CITY_INBOUND_TOKEN），暂不接收市级派单");
    }
    String h = ctx.request().getHeader("Authorization");
    String given = h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7) : "";
    if (!MessageDigest.isEqual(
        given.strip().getBytes(StandardCharsets.UTF_8),
        inboundToken.getBytes(StandardCharsets.UTF_8))) {
      throw new DomainException(ErrorKind.UNAUTHENTICATED, "CITY_TOKEN_INVALID", "市级平台令牌无效");
    }
  }

  private void receive(RoutingContext ctx) {
    requireCity(ctx);
    String payload = ctx.body().buffer() == null ? "" : ctx.body().asString();
    JsonInput in = null;
    CityCase.Input input;
    try {
      in = JsonInput.parse(ctx.body().buffer());
      input = CityMessages.caseInput(in);
    } catch (DomainException e) {
      // a delivery that cannot even be read is refused and kept as well
      throw intake.refuse(in == null ? null : safeCaseNo(in), e, payload);
    }
    CityIntake.Received r = intake.receive(input, payload);
    if (r.event() != null) {
      bus.publish(EventAddresses.of(r.event()), r.event());
    }
    Requests.json(
        ctx,
        r.duplicate() ? 200 : 201,
        new JsonObject()
            .put("accepted", true)
            .put("duplicate", r.duplicate())
            .put("caseNo", r.ticket().appeal().cityCaseNo())
            .put("ticketId", r.ticket().id().value())
            .put("ticketNo", r.ticket().no().value()));
  }

  private static String safeCaseNo(JsonInput in) {
    try {
      return in.text("caseNo");
    } catch (DomainException e) {
      return null;
    }
  }

  private void verdict(RoutingContext ctx) {
    requireCity(ctx);
    CityIntake.VerdictOutcome v =
        intake.verdict(CityMessages.verdict(JsonInput.parse(ctx.body().buffer())));
    if (v.event() != null) {
      bus.publish(EventAddresses.of(v.event()), v.event());
    }
    Requests.ok(
        ctx,
        new JsonObject()
            .put("duplicate", v.duplicate())
            .put("reopened", v.reopened())
            .put("ticketNo", v.ticket().no().value())
            .put("status", v.ticket().status().name())
            .put("note", v.note()));
  }

  private void rejected(RoutingContext ctx) {
    Requests.requireRole(ctx, OPERATORS);
    Requests.ok(
        ctx,
        new JsonObject()
            .put(
                "items",
                Requests.array(
                    outbox.rejected(limit(ctx)),
                    r ->
                        new JsonObject()
                            .put("id", r.id())
                            .put("caseNo", r.caseNo())
                            .put("reasonCode", r.reasonCode())
                            .put("reason", r.reason())
                            .put("payload", r.payload())
                            .put("receivedAt", r.at().toString()))));
  }

  private void deadLetters(RoutingContext ctx) {
    Requests.requireRole(ctx, OPERATORS);
    Requests.ok(
        ctx,
        new JsonObject()
            .put(
                "items",
                Requests.array(
                    outbox.deadLetters(limit(ctx)),
                    d -> message(d.message()).put("waitingBehind", d.waitingBehind()))));
  }

  private void messages(RoutingContext ctx) {
    Requests.requireRole(ctx, OPERATORS);
    Requests.ok(
        ctx,
        new JsonObject()
            .put(
                "items",
                Requests.array(
                    outbox.messages(Requests.query(ctx, "caseNo"), limit(ctx)),
                    CityRoutes::message)));
  }

  private void resend(RoutingContext ctx) {
    Requests.requireRole(ctx, OPERATORS);
    long id = Requests.longParam(ctx, "id", "消息编号");
    if (!outbox.resend(id, clock.instant())) {
      throw DomainException.conflict("NOT_A_DEAD_LETTER", "该消息不存在或不在死信列表中，无需重发：" + id);
    }
    Audited.record(ctx, "CITY_RESEND", "outbox " + id, "SUCCESS", null);
    if (relay != null) {
      relay.wakeUp();
    }
    Requests.ok(ctx, new JsonObject().put("resent", true).put("id", id));
  }

  private void reconcile(RoutingContext ctx) {
    Requests.requireRole(ctx, OPERATORS);
    if (client == null) {
      throw DomainException.conflict("CITY_LINK_OFF", "未配置市级平台地址（HOTLINE_CITY_URL），无法对账");
    }
    List<CityReconciliation.Theirs> theirs;
    try {
      theirs = client.cases();
    } catch (CityClient.CityUnavailable e) {
      throw new DomainException(ErrorKind.UNAVAILABLE, "CITY_UNAVAILABLE", e.getMessage());
    }
    List<CityReconciliation.Ours> ours = outbox.ours();
    List<CityReconciliation.Difference> diffs = CityReconciliation.compare(ours, theirs);
    Requests.ok(
        ctx,
        new JsonObject()
            .put("checkedAt", clock.instant().toString())
            .put("ours", ours.size())
            .put("theirs", theirs.size())
            .put("consistent", diffs.isEmpty())
            .put(
                "differences",
                Requests.array(
                    diffs,
                    d ->
                        new JsonObject()
                            .put("caseNo", d.caseNo())
                            .put("ticketNo", d.ticketNo())
                            .put("kind", d.kind().name())
                            .put("kindLabel", d.kind().label())
                            .put("ours", d.ours())
                            .put("theirs", d.theirs())
                            .put("message", d.message()))));
  }

  private static JsonObject message(JooqCityOutbox.Message m) {
    return new JsonObject()
        .put("id", m.id())
        .put("caseNo", m.caseNo())
        .put("ticketNo", m.ticketNo())
        .put("kind", m.kind())
        .put("sequence", m.sequence())
        .put("idempotencyKey", m.idempotencyKey())
        .put("state", m.state())
        .put("attempts", m.attempts())
        .put("createdAt", m.createdAt().toString())
        .put("nextAttemptAt", m.nextAttemptAt() == null ? null : m.nextAttemptAt().toString())
        .put("lastError", m.lastError())
        .put("sentAt", m.sentAt() == null ? null : m.sentAt().toString());
  }

  private static int limit(RoutingContext ctx) {
    return Math.max(1, Math.min(1000, Requests.intQuery(ctx, "limit", 200)));
  }
}
