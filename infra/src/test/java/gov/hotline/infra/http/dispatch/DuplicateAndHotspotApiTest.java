package gov.hotline.infra.http.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.AmiRig;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.SseStream;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Probable duplicates, merging under a master ticket, and hotspot alerts, on a server without demo
 * tickets (a directory imported by the admin) so that only the tickets of each test are near each
 * other.
 */
@Tag("db")
class DuplicateAndHotspotApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String admin;
  private static String agent;
  private static String dispatcher;
  private static int phone;

  @BeforeAll
  static void start() throws Exception {
    server =
        RunningServer.start(
            "dispatch_clusters",
            Application.Mode.START,
            Map.of("HOTLINE_ADMIN_PASSWORD", "admin-secret-2"));
    api = server.client();
    admin = api.login("admin", "admin-secret-2");
    assertThat(
            api.post("/api/v1/dispatch/units/import", admin, DirectoryImportApiTest.unitsJson())
                .status())
        .isEqualTo(200);
    for (String[] u :
        List.of(new String[] {"agent1", "AGENT"}, new String[] {"dispatcher1", "DISPATCHER"})) {
      api.post(
          "/api/v1/admin/users",
          admin,
          new JsonObject()
              .put("username", u[0])
              .put("displayName", u[0])
              .put("password", "secret-123")
              .put("role", u[1])
              .put("unitId", "HD_CENTER"));
    }
    agent = api.login("agent1", "secret-123");
    dispatcher = api.login("dispatcher1", "secret-123");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static long intake(String address, String category, String content) {
    return TicketIntake.aTicket()
        .callerPhone("139" + String.format("%08d", ++phone))
        .address(address)
        .categoryId(category)
        .content(content)
        .create(api, agent);
  }

  private static List<JsonObject> duplicates() {
    var r = api.get("/api/v1/dispatch/duplicates", dispatcher);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().getJsonArray("items").stream().map(o -> (JsonObject) o).toList();
  }

  private static List<JsonObject> hotspots() {
    var r = api.get("/api/v1/dispatch/hotspots", dispatcher);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().getJsonArray("items").stream().map(o -> (JsonObject) o).toList();
  }

  @Test
  void aSecondCallerReportingTheSameProblemAtTheSamePlaceIsAProbableDuplicate() {
    long first = intake("海淀区沁春家园东门", "ST01", "小区东门外烤肉店油烟太大，晚上开窗满屋子烟味。");
    long second = intake("海淀区西三旗街道沁春家园", "ST01", "沁春家园门口那家烧烤店的油烟又熏了一晚上。");

    assertThat(duplicates())
        .anySatisfy(
            d -> {
              assertThat(d.getJsonObject("ticket").getLong("id")).isEqualTo(second);
              assertThat(d.getJsonObject("duplicateOf").getLong("id")).isEqualTo(first);
              assertThat(d.getString("reason")).contains("同一地点（沁春家园（小区））");
            });
  }

  @Test
  void aDuplicateMergedUnderItsMasterLeavesTheFlowAndIsListedUnderIt() {
    long first = intake("海淀区北坞村", "SR01", "北坞村村口垃圾桶好几天没人清运。");
    long second = intake("海淀区四季青镇北坞村村口", "SR01", "北坞村口的垃圾一直没人清，苍蝇很多。");
    assertThat(duplicates())
        .anySatisfy(d -> assertThat(d.getJsonObject("ticket").getLong("id")).isEqualTo(second));

    var r =
        api.post(
            "/api/v1/dispatch/merge",
            dispatcher,
            new JsonObject()
                .put("ticketId", second)
                .put("masterTicketId", first)
                .put("note", "同一问题合并办理"));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(api.get("/api/v1/tickets/" + second, dispatcher).json().getString("status"))
        .isEqualTo("MERGED");
    var merged =
        api.get("/api/v1/tickets/" + first + "/merged", dispatcher).json().getJsonArray("items");
    assertThat(merged.getJsonObject(0).getLong("id")).isEqualTo(second);
    assertThat(duplicates())
        .noneSatisfy(d -> assertThat(d.getJsonObject("ticket").getLong("id")).isEqualTo(second));
  }

  @Test
  void mergingUnderATicketThatDoesNotExistIsNotFound() {
    long id = intake("海淀区上地西里", "SZ02", "小区路灯不亮");

    var r =
        api.post(
            "/api/v1/dispatch/merge",
            dispatcher,
            new JsonObject().put("ticketId", id).put("masterTicketId", 999_999));

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.errorMessage()).contains("主工单不存在");
  }

  @Test
  void onlyADispatcherMerges() {
    long master = intake("海淀区上地东里", "SZ02", "小区路灯不亮");
    long id = intake("海淀区上地东里", "SZ02", "小区里路灯坏了");

    var r =
        api.post(
            "/api/v1/dispatch/merge",
            agent,
            new JsonObject().put("ticketId", id).put("masterTicketId", master));

    assertThat(r.status()).isEqualTo(403);
  }

  @Test
  void aProbableDuplicateCanBeDismissed() {
    intake("海淀区蓝旗营小区", "ZF01", "物业费涨价没有公示。");
    long second = intake("海淀区清华园街道蓝旗营小区", "ZF01", "蓝旗营物业乱涨物业费。");
    assertThat(duplicates())
        .anySatisfy(d -> assertThat(d.getJsonObject("ticket").getLong("id")).isEqualTo(second));

    var r =
        api.post(
            "/api/v1/dispatch/duplicates/" + second + "/dismiss", dispatcher, new JsonObject());

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(duplicates())
        .noneSatisfy(d -> assertThat(d.getJsonObject("ticket").getLong("id")).isEqualTo(second));
  }

  @Test
  void threeOutageCallsFromOneStreetWithinHoursRaiseAHotspotWithTheTicketsInvolved() {
    SseStream live = SseStream.open(server.port(), "/api/v1/live/stream", dispatcher);
    long a = intake("海淀区安宁里5号楼", "GY04", "安宁里从早上开始停电了，冰箱空调都停了。");
    long b = intake("海淀区清河街道安宁里", "GY04", "安宁里一大片都没电了，什么时候能修好？");
    long c = intake("海淀区安宁里9号楼", "GY04", "停电后电梯也停了，老人下不了楼。");

    // the dispatcher's live stream is told, whichever scan found it
    AmiRig.await(
        "a hotspot notice",
        Duration.ofSeconds(15),
        () ->
            live.events("ticket").stream()
                .anyMatch(e -> "hotspot".equals(e.json().getString("kind"))));
    live.close();
    assertThat(hotspots())
        .anySatisfy(
            h -> {
              assertThat(h.getString("scopeName")).isEqualTo("清河街道");
              assertThat(h.getString("categoryName")).isEqualTo("供电");
              assertThat(
                      h.getJsonArray("tickets").stream().map(t -> ((JsonObject) t).getLong("id")))
                  .contains(a, b, c);
            });
  }

  @Test
  void aHotspotsTicketsCanBeMergedUnderOneOfThem() {
    long a = intake("海淀区永泰园", "GY02", "永泰园停水一上午了。");
    long b = intake("海淀区西三旗街道永泰园", "GY02", "永泰园没水了，也没通知。");
    long c = intake("海淀区永泰园3号楼", "GY02", "我们楼停水了。");
    JsonObject hotspot =
        hotspots().stream()
            .filter(h -> "GY02".equals(h.getString("categoryId")))
            .findFirst()
            .orElseThrow();

    var r =
        api.post(
            "/api/v1/dispatch/hotspots/" + hotspot.getLong("id") + "/merge",
            dispatcher,
            new JsonObject().put("masterTicketId", a));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(
            api
                .get("/api/v1/tickets/" + a + "/merged", dispatcher)
                .json()
                .getJsonArray("items")
                .stream()
                .map(t -> ((JsonObject) t).getLong("id")))
        .containsExactlyInAnyOrder(b, c);
  }
}
