package gov.hotline.infra.http.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A dispatcher's decisions are recorded and shift later recommendations. */
@Tag("db")
class DispatchFeedbackApiTest {
  private static final String TEXT = "来电人反映：公园里新修的健身步道旁边有一棵歪脖子树，树枝挡住了步道。";
  private static RunningServer server;
  private static ApiClient api;
  private static String dispatcher;
  private static String agent;

  @BeforeAll
  static void start() {
    server = RunningServer.demo("dispatch_feedback");
    api = server.client();
    dispatcher = api.login("dispatcher1", "hotline");
    agent = api.login("agent1", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static long dispatched(String text, String lead) {
    long id =
        TicketIntake.aTicket()
            .callerPhone("13800002222")
            .address("海淀区玲珑公园")
            .appealType("HELP")
            .categoryId("SZ04")
            .content(text)
            .create(api, agent);
    api.post("/api/v1/tickets/" + id + "/submit", agent, new JsonObject());
    var r =
        api.post(
            "/api/v1/tickets/" + id + "/dispatch",
            dispatcher,
            new JsonObject().put("leadUnitId", lead));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return id;
  }

  private static JsonObject firstLead() {
    var r =
        api.post(
            "/api/v1/dispatch/recommend",
            dispatcher,
            new JsonObject().put("text", TEXT).put("address", "海淀区玲珑公园").put("categoryId", "SZ04"));
    return r.json().getJsonArray("candidates").getJsonObject(0);
  }

  @Test
  void aCorrectionToTheRecommendationIsRecordedAndLaterRecommendationsFollowIt() {
    assertThat(firstLead().getString("unitId")).isEqualTo("BUR_YLLH");

    for (int i = 0; i < 3; i++) {
      dispatched(TEXT + "（第" + (i + 1) + "次反映）", "STR_BLZ");
    }
    api.get("/api/v1/dispatch/duplicates", dispatcher); // lists catch up with the history first

    JsonObject lead = firstLead();
    assertThat(lead.getString("unitId")).isEqualTo("STR_BLZ");
    assertThat(lead.getJsonArray("reasons").encode()).contains("相似工单");
    JsonObject summary = api.get("/api/v1/dispatch/decisions/summary", dispatcher).json();
    assertThat(summary.getLong("decisions"))
        .isGreaterThan(summary.getLong("followedRecommendation"));
  }
}
