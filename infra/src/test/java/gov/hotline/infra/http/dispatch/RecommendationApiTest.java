package gov.hotline.infra.http.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Recommendations over HTTP on the demo district: ranked units with Chinese reasons, and clear
 * refusals.
 */
@Tag("db")
class RecommendationApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String dispatcher;
  private static String agent;
  private static String handler;

  @BeforeAll
  static void start() {
    server = RunningServer.demo("dispatch_recommend");
    api = server.client();
    dispatcher = api.login("dispatcher1", "hotline");
    agent = api.login("agent1", "hotline");
    handler = api.login("handler1", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static ApiClient.Reply recommend(JsonObject body) {
    return api.post("/api/v1/dispatch/recommend", dispatcher, body);
  }

  private static List<JsonObject> leads(JsonObject recommendation) {
    return recommendation.getJsonArray("candidates").stream()
        .map(o -> (JsonObject) o)
        .filter(c -> c.getString("role").equals("LEAD"))
        .toList();
  }

  @Test
  void aNeighbourhoodProblemIsRecommendedToTheStreetOfItsAddressWithReadableReasons() {
    var r =
        recommend(
            new JsonObject()
                .put("text", "来电人反映：小区里有人在楼道堆放杂物和废品，还有蟑螂。")
                .put("address", "海淀区育新花园8号楼"));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonObject first = leads(r.json()).get(0);
    assertThat(first.getString("unitId")).isEqualTo("STR_XSQ");
    assertThat(first.getString("unitName")).isEqualTo("西三旗街道");
    assertThat(first.getString("roleLabel")).isEqualTo("主办");
    assertThat(first.getJsonArray("reasons").encode()).contains("派单目录").contains("育新花园（小区）属西三旗街道");
    assertThat(r.json().getJsonObject("jurisdiction").getString("streetId")).isEqualTo("STR_XSQ");
  }

  @Test
  void wageArrearsGoToTheLabourBureauWithTheCategoryNamed() {
    var r =
        recommend(
            new JsonObject()
                .put("text", "公司已经拖欠我们三个月工资了，老板一直不露面。")
                .put("address", "海淀区上地十街")
                .put("appealType", "COMPLAINT"));

    assertThat(leads(r.json()).get(0).getString("unitId")).isEqualTo("BUR_RSJ");
    assertThat(r.json().getJsonObject("category").getString("name")).isEqualTo("拖欠工资");
  }

  @Test
  void anExistingTicketIsRecommendedWithTheCategoryChosenAtIntake() {
    var created =
        TicketIntake.aTicket()
            .callerPhone("13800001111")
            .address("海淀区香山南路")
            .categoryId("GY01")
            .content("家里暖气一点都不热，室温只有十四度。")
            .post(api, agent);

    var r =
        api.get("/api/v1/tickets/" + created.json().getLong("id") + "/recommendations", dispatcher);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().getJsonObject("category").getString("id")).isEqualTo("GY01");
    assertThat(leads(r.json()).get(0).getString("unitId")).isEqualTo("ENT_HEAT_HD");
  }

  @Test
  void anEmptyTextIsRefused() {
    var r = recommend(new JsonObject().put("text", "  ").put("address", "海淀区育新花园"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorMessage()).isEqualTo("缺少必填项：诉求内容（text）");
  }

  @Test
  void anAddressInAnotherDistrictIsRefused() {
    var r = recommend(new JsonObject().put("text", "小区门口路灯不亮").put("address", "朝阳区望京西园三区"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("ADDRESS_OUTSIDE_DISTRICT");
    assertThat(r.errorMessage()).contains("朝阳区");
  }

  @Test
  void anUnknownCategoryIsRefused() {
    var r = recommend(new JsonObject().put("text", "路灯不亮").put("categoryId", "ZZ99"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("UNKNOWN_CATEGORY");
  }

  @Test
  void anUnknownAppealTypeIsRefused() {
    var r = recommend(new JsonObject().put("text", "路灯不亮").put("appealType", "GRUMBLE"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("UNKNOWN_ENUM");
  }

  @Test
  void aUnitHandlerGetsNoRecommendations() {
    var r = api.post("/api/v1/dispatch/recommend", handler, new JsonObject().put("text", "路灯不亮"));

    assertThat(r.status()).isEqualTo(403);
  }

  @Test
  void anAmbiguousAddressSaysSoAndNamesTheStreetsInQuestion() {
    var r =
        api.post(
            "/api/v1/dispatch/jurisdiction",
            dispatcher,
            new JsonObject().put("address", "海淀区安宁里和育新花园中间的空地"));

    assertThat(r.json().getString("status")).isEqualTo("AMBIGUOUS");
    assertThat(r.json().getString("explanation")).contains("清河街道").contains("西三旗街道").contains("歧义");
  }
}
