package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.AmiRig;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.SseStream;
import gov.hotline.infra.support.TestClock;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Ticket events on the live stream ({@code event: ticket}) for dispatchers and unit handlers, over
 * HTTP: the dispatcher gets the new pending ticket and the return request, 清河街道's handler the
 * dispatch to its street, the urge and the extension decided, and 中关村街道's handler none of it; a
 * stream reconnecting with {@code Last-Event-ID} gets the events it missed, once.
 */
@Tag("db")
class TicketStreamApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String agent;
  private static String dispatcher;
  private static String handler1;
  private static String handler2;
  private static String community;

  @BeforeAll
  static void start() {
    server = RunningServer.start("ticket_stream", Application.Mode.DEMO, TestClock.env());
    api = server.client();
    agent = api.login("agent1", "hotline");
    dispatcher = api.login("dispatcher1", "hotline");
    handler1 = api.login("handler1", "hotline");
    handler2 = api.login("handler2", "hotline");
    api.post(
        "/api/v1/admin/users",
        api.login("admin", "hotline"),
        new JsonObject()
            .put("username", "community1")
            .put("displayName", "毛纺路社区承办人")
            .put("password", "Maofang-2026-ok")
            .put("role", "UNIT_HANDLER")
            .put("unitId", "STR_QH_C1"));
    community = api.login("community1", "Maofang-2026-ok");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static SseStream stream(String token, String... headers) {
    return SseStream.open(server.port(), "/api/v1/live/stream", token, headers);
  }

  private static JsonObject act(long id, String action, String token, JsonObject body) {
    var r = api.post("/api/v1/tickets/" + id + "/" + action, token, body);
    assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
    return r.json();
  }

  private static long intake() {
    return TicketIntake.fromAnning().create(api, agent);
  }

  /** The ticket events of {@code id} in the stream, as kind:action. */
  private static List<String> of(SseStream s, long id) {
    return s.events("ticket").stream()
        .map(SseStream.Event::json)
        .filter(j -> j.getLong("ticketId", -1L) == id)
        .map(j -> j.getString("kind") + ":" + j.getString("action"))
        .toList();
  }

  private static void awaitEvent(SseStream s, long id, String kindAndAction) {
    AmiRig.await(
        kindAndAction + " of ticket " + id,
        Duration.ofSeconds(10),
        () -> of(s, id).contains(kindAndAction));
  }

  @Test
  void eachSeesTheEventsOfTheTicketsItMaySeeAndHandler2NoneOfQinghes() {
    try (SseStream disp = stream(dispatcher);
        SseStream qinghe = stream(handler1);
        SseStream zhongguancun = stream(handler2)) {
      long id = intake();
      act(id, "submit", agent, new JsonObject());
      awaitEvent(disp, id, "pending:submit");
      act(id, "dispatch", dispatcher, new JsonObject().put("leadUnitId", "STR_QH"));
      awaitEvent(qinghe, id, "dispatched:dispatch");
      act(id, "sign", handler1, new JsonObject());
      act(id, "urge", dispatcher, new JsonObject().put("note", "请尽快办理"));
      awaitEvent(qinghe, id, "urged:urge");
      Instant due =
          Instant.parse(api.get("/api/v1/tickets/" + id, handler1).json().getString("handleDueAt"));
      act(
          id,
          "request-extension",
          handler1,
          new JsonObject()
              .put("requestedDueAt", due.plus(5, ChronoUnit.DAYS).toString())
              .put("reason", "需协调多个部门"));
      awaitEvent(disp, id, "extension-requested:request-extension");
      act(id, "approve-extension", dispatcher, new JsonObject());
      awaitEvent(qinghe, id, "extension-decided:approve-extension");
      act(
          id,
          "return",
          handler1,
          new JsonObject().put("reasonCode", "NOT_DUTY").put("reason", "属供水企业职责"));
      awaitEvent(disp, id, "return-requested:return");
      awaitEvent(qinghe, id, "return-requested:return");

      assertThat(of(disp, id))
          .startsWith("changed:create", "pending:submit", "dispatched:dispatch");
      assertThat(of(qinghe, id))
          .doesNotContain("changed:create", "pending:submit")
          .contains("dispatched:dispatch", "urged:urge", "extension-decided:approve-extension");
      assertThat(zhongguancun.events("ticket")).isEmpty();
      assertThat(disp.events("queues")).isEmpty(); // the board is for the hotline roles
      SseStream.Event first = qinghe.events("ticket").getFirst();
      assertThat(first.id()).isPositive();
      assertThat(first.json().getString("ticketNo")).isNotBlank();
      assertThat(first.json().getString("label")).contains("派单");
      assertThat(first.json().getString("statusLabel")).isEqualTo("已派单");
    }
  }

  @Test
  void aReconnectingStreamGetsTheTicketEventsItMissedOnceAndOnlyItsOwn() {
    long lastSeen;
    long id = intake();
    act(id, "submit", agent, new JsonObject());
    try (SseStream before = stream(handler1)) {
      act(id, "dispatch", dispatcher, new JsonObject().put("leadUnitId", "STR_QH"));
      awaitEvent(before, id, "dispatched:dispatch");
      lastSeen = before.events("ticket").getLast().id();
    }
    act(id, "sign", handler1, new JsonObject());
    act(id, "urge", dispatcher, new JsonObject().put("note", "请尽快办理"));
    long other = intake();
    act(other, "submit", agent, new JsonObject());
    act(other, "dispatch", dispatcher, new JsonObject().put("leadUnitId", "STR_ZGC"));
    AmiRig.await(
        "the urge is in the feed",
        Duration.ofSeconds(10),
        () -> {
          try (SseStream probe = stream(dispatcher, "Last-Event-ID", Long.toString(lastSeen))) {
            AmiRig.await(
                "the replay", Duration.ofSeconds(5), () -> !probe.events("ticket").isEmpty());
            return of(probe, other).contains("dispatched:dispatch")
                && of(probe, id).contains("urged:urge");
          }
        });

    try (SseStream after = stream(handler1, "Last-Event-ID", Long.toString(lastSeen));
        SseStream zgc = stream(handler2, "Last-Event-ID", Long.toString(lastSeen))) {
      AmiRig.await(
          "the missed events", Duration.ofSeconds(10), () -> of(after, id).contains("urged:urge"));
      AmiRig.await(
          "中关村's own dispatch",
          Duration.ofSeconds(10),
          () -> of(zgc, other).contains("dispatched:dispatch"));

      assertThat(of(after, id)).containsExactly("changed:sign", "urged:urge");
      assertThat(of(after, other)).isEmpty();
      assertThat(after.events("ticket")).allMatch(e -> e.id() > lastSeen);
      assertThat(of(zgc, id)).isEmpty();
    }
  }

  /** A ticket dispatched to {@code unit} and, when {@code sign}, signed for by {@code handler}. */
  private static long dispatched(String unit, String handler, boolean sign) {
    long id = intake();
    act(id, "submit", agent, new JsonObject());
    act(id, "dispatch", dispatcher, new JsonObject().put("leadUnitId", unit));
    if (sign) {
      act(id, "sign", handler, new JsonObject());
    }
    return id;
  }

  @Test
  void aStreetWhoseReturnWasApprovedHearsOfItAndOfNothingAfterTheRedispatch() {
    try (SseStream qinghe = stream(handler1);
        SseStream zhongguancun = stream(handler2)) {
      long id = dispatched("STR_QH", handler1, false);
      awaitEvent(qinghe, id, "dispatched:dispatch");
      act(
          id,
          "return",
          handler1,
          new JsonObject().put("reasonCode", "NOT_JURISDICTION").put("reason", "该地址属中关村街道"));
      act(id, "approve-return", dispatcher, new JsonObject());
      act(id, "dispatch", dispatcher, new JsonObject().put("leadUnitId", "STR_ZGC"));
      act(id, "sign", handler2, new JsonObject());
      act(id, "urge", dispatcher, new JsonObject().put("note", "请尽快办理"));
      awaitEvent(zhongguancun, id, "urged:urge");
      // the notices go out in order: once 清河 has a later one of its own, it has had all before
      long marker = dispatched("STR_QH", handler1, false);
      awaitEvent(qinghe, marker, "dispatched:dispatch");

      assertThat(of(qinghe, id))
          .containsExactly(
              "dispatched:dispatch", "return-requested:return", "pending:approve-return");
      assertThat(of(zhongguancun, id))
          .containsExactly("dispatched:dispatch", "changed:sign", "urged:urge");
    }
  }

  @Test
  void aCommunityWhoseTicketTheStreetTookBackHearsOfItAndOfNothingAfter() {
    try (SseStream maofang = stream(community)) {
      long id = dispatched("STR_QH", handler1, true);
      act(id, "sub-assign", handler1, new JsonObject().put("unitId", "STR_QH_C1"));
      awaitEvent(maofang, id, "changed:sub-assign");
      act(id, "take-back", handler1, new JsonObject());
      act(id, "urge", dispatcher, new JsonObject().put("note", "请尽快办理"));
      act(id, "reply", handler1, new JsonObject().put("content", "街道已直接办理完毕"));
      long marker = dispatched("STR_QH", handler1, true);
      act(marker, "sub-assign", handler1, new JsonObject().put("unitId", "STR_QH_C1"));
      awaitEvent(maofang, marker, "changed:sub-assign");

      assertThat(of(maofang, id)).containsExactly("changed:sub-assign", "changed:take-back");
      assertThat(of(maofang, marker)).containsExactly("changed:sub-assign");
    }
  }
}
