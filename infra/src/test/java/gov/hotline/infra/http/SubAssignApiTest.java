package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 分拣转办 over HTTP: 清河街道 (handler1) passes a signed ticket down to its community 毛纺路社区 (STR_QH_C1),
 * which sees it in its list and replies to the street; the street sees the reply and makes it the
 * unit's 反馈, or takes the ticket back, after which the community no longer sees it. 中关村街道
 * (handler2) never sees it and may not act on it.
 */
@Tag("db")
class SubAssignApiTest {
  private static final String COMMUNITY = "STR_QH_C1";
  private static RunningServer server;
  private static ApiClient api;
  private static String agent;
  private static String dispatcher;
  private static String street;
  private static String otherStreet;
  private static String community;

  @BeforeAll
  static void start() {
    server = RunningServer.demo("sub_assign_api");
    api = server.client();
    agent = api.login("agent1", "hotline");
    dispatcher = api.login("dispatcher1", "hotline");
    street = api.login("handler1", "hotline");
    otherStreet = api.login("handler2", "hotline");
    String admin = api.login("admin", "hotline");
    var created =
        api.post(
            "/api/v1/admin/users",
            admin,
            new JsonObject()
                .put("username", "community1")
                .put("displayName", "毛纺路社区承办人")
                .put("password", "Maofang-2026-ok")
                .put("role", "UNIT_HANDLER")
                .put("unitId", COMMUNITY));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    community = api.login("community1", "Maofang-2026-ok");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonObject act(long id, String action, String token, JsonObject body) {
    var r = api.post("/api/v1/tickets/" + id + "/" + action, token, body);
    assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
    return r.json();
  }

  /** A complaint dispatched to 清河街道 and signed for by handler1. */
  private static long signedByQinghe() {
    var r =
        api.post(
            "/api/v1/tickets",
            agent,
            new JsonObject()
                .put("channel", "PHONE")
                .put("callerName", "张三")
                .put("callerPhone", "13812345678")
                .put("address", "海淀区清河街道毛纺路社区3号楼")
                .put("appealType", "COMPLAINT")
                .put("categoryId", "GY02")
                .put("urgency", "NORMAL")
                .put("content", "来电人反映楼内下水管道堵塞"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    long id = r.json().getLong("id");
    act(id, "submit", agent, new JsonObject());
    act(id, "dispatch", dispatcher, new JsonObject().put("leadUnitId", "STR_QH"));
    act(id, "sign", street, new JsonObject());
    return id;
  }

  private static List<Long> listed(String token) {
    JsonArray items = api.get("/api/v1/tickets?size=200", token).json().getJsonArray("items");
    return items.stream().map(o -> ((JsonObject) o).getLong("id")).toList();
  }

  private static List<String> codes(JsonObject ticket) {
    return ticket.getJsonArray("actions").stream()
        .map(o -> ((JsonObject) o).getString("code"))
        .toList();
  }

  @Test
  void theCommunityHandlesAPassedDownTicketAndItsReplyGoesUpThroughTheStreet() {
    long id = signedByQinghe();

    JsonObject passed =
        act(
            id,
            "sub-assign",
            street,
            new JsonObject().put("unitId", COMMUNITY).put("note", "请上门核实"));
    JsonObject seen = api.get("/api/v1/tickets/" + id, community).json();
    JsonObject subReplied =
        act(id, "sub-reply", community, new JsonObject().put("content", "已上门疏通下水管道"));
    JsonObject streetView = api.get("/api/v1/tickets/" + id, street).json();
    JsonObject replied =
        act(id, "reply", street, new JsonObject().put("content", streetView.getString("subReply")));
    JsonArray history =
        api.get("/api/v1/tickets/" + id + "/history", street).json().getJsonArray("items");

    assertThat(passed.getString("status")).isEqualTo("SUB_HANDLING");
    assertThat(passed.getString("statusLabel")).isEqualTo("社区办理中");
    assertThat(passed.getString("subUnitName")).isEqualTo("毛纺路社区");
    assertThat(codes(passed)).contains("take-back").doesNotContain("reply", "sub-reply");
    assertThat(listed(community)).contains(id);
    assertThat(codes(seen)).containsExactly("sub-reply");
    assertThat(subReplied.getString("statusLabel")).isEqualTo("社区已反馈");
    assertThat(streetView.getString("subReply")).isEqualTo("已上门疏通下水管道");
    assertThat(codes(streetView)).contains("reply", "reject-sub-reply", "take-back");
    assertThat(replied.getString("status")).isEqualTo("REPLIED");
    assertThat(replied.getString("reply")).isEqualTo("已上门疏通下水管道");
    assertThat(history.stream().map(o -> ((JsonObject) o).getString("actionLabel")))
        .containsSubsequence("签收", "分拣转办", "社区反馈", "反馈");
    assertThat(history.stream().map(o -> ((JsonObject) o).getString("reason")))
        .contains("转办至毛纺路社区：请上门核实", "已上门疏通下水管道");
    assertThat(api.get("/api/v1/tickets/" + id, otherStreet).status()).isEqualTo(403);
    assertThat(listed(otherStreet)).doesNotContain(id);
  }

  @Test
  void theStreetTakesTheTicketBackAndTheCommunityLosesSightOfIt() {
    long id = signedByQinghe();
    act(id, "sub-assign", street, new JsonObject().put("unitId", COMMUNITY));

    JsonObject back = act(id, "take-back", street, new JsonObject().put("reason", "由街道直接办理"));

    assertThat(back.getString("status")).isEqualTo("SIGNED");
    assertThat(back.getString("subUnitId")).isNull();
    assertThat(api.get("/api/v1/tickets/" + id, community).status()).isEqualTo(403);
    assertThat(listed(community)).doesNotContain(id);
    assertThat(
            api.get("/api/v1/tickets/" + id + "/history", street)
                .json()
                .getJsonArray("items")
                .getJsonObject(5)
                .getString("reason"))
        .isEqualTo("从毛纺路社区收回，由本单位办理：由街道直接办理");
  }

  @Test
  void onlyTheStreetPassesDownAndOnlyToItsOwnCommunities() {
    long id = signedByQinghe();

    var byOtherStreet =
        api.post(
            "/api/v1/tickets/" + id + "/sub-assign",
            otherStreet,
            new JsonObject().put("unitId", COMMUNITY));
    var toABureau =
        api.post(
            "/api/v1/tickets/" + id + "/sub-assign",
            street,
            new JsonObject().put("unitId", "BUR_CGZF"));
    var byTheDispatcher =
        api.post(
            "/api/v1/tickets/" + id + "/sub-assign",
            dispatcher,
            new JsonObject().put("unitId", COMMUNITY));
    var communityReplyingUnasked =
        api.post(
            "/api/v1/tickets/" + id + "/sub-reply",
            community,
            new JsonObject().put("content", "已处理"));

    assertThat(byOtherStreet.status()).isEqualTo(403);
    assertThat(toABureau.status()).isEqualTo(400);
    assertThat(toABureau.errorCode()).isEqualTo("NOT_A_SUB_UNIT");
    assertThat(toABureau.errorMessage()).contains("只能转办给本街道下属的社区");
    assertThat(byTheDispatcher.status()).isEqualTo(403);
    assertThat(byTheDispatcher.errorMessage()).contains("无权执行“分拣转办”");
    assertThat(communityReplyingUnasked.status()).isEqualTo(403);
  }
}
