package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TestClock;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Ticket lists over the demo data: filters, paging and unit scope. */
@Tag("db")
class TicketListApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String dispatcher;

  @BeforeAll
  static void start() {
    server = RunningServer.start("list_api", Application.Mode.DEMO, TestClock.env());
    api = server.client();
    dispatcher = api.login("dispatcher1", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonObject list(String token, String query) {
    var r = api.get("/api/v1/tickets?" + query, token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static List<JsonObject> items(JsonObject page) {
    return page.getJsonArray("items").stream().map(o -> (JsonObject) o).toList();
  }

  private static long dbCount(String where) {
    return server.database().number("SELECT count(*) FROM core.ticket WHERE " + where);
  }

  @Test
  void pagesSplitTheWholeListWithTheTotal() {
    JsonObject first = list(dispatcher, "size=30&page=1");
    JsonObject third = list(dispatcher, "size=30&page=3");

    assertThat(first.getLong("total")).isEqualTo(dbCount("true"));
    assertThat(items(first)).hasSize(30);
    assertThat(items(third)).hasSize((int) (dbCount("true") - 60));
  }

  @Test
  void filtersByStatusCategoryAndAppealTypeMatchTheDatabase() {
    assertThat(list(dispatcher, "status=DISPATCHED,SIGNED").getLong("total"))
        .isEqualTo(dbCount("status IN ('DISPATCHED','SIGNED')"));
    assertThat(list(dispatcher, "categoryId=GY04").getLong("total"))
        .isEqualTo(dbCount("category_id = 'GY04'"));
    assertThat(list(dispatcher, "appealType=COMPLAINT").getLong("total"))
        .isEqualTo(dbCount("appeal_type = 'COMPLAINT'"));
    assertThat(items(list(dispatcher, "status=CLOSED")))
        .allMatch(t -> t.getString("status").equals("CLOSED"));
  }

  @Test
  void theUnitFilterMatchesLeadOrAssistingUnit() {
    long expected = dbCount("lead_unit_id = 'STR_QH' OR 'STR_QH' = ANY (assist_unit_ids)");

    assertThat(expected).isPositive();
    assertThat(list(dispatcher, "unitId=STR_QH").getLong("total")).isEqualTo(expected);
  }

  @Test
  void aUnitHandlerListsOnlyTicketsOfItsOwnUnitAndUnitsBelow() {
    JsonObject page = list(api.login("handler1", "hotline"), "size=200");

    assertThat(page.getLong("total"))
        .isEqualTo(
            dbCount(
                "lead_unit_id ~ '^STR_QH(_C[0-9]+)?$' OR EXISTS (SELECT 1 FROM unnest(assist_unit_ids) u "
                    + "WHERE u ~ '^STR_QH(_C[0-9]+)?$')"));
    assertThat(items(page))
        .allMatch(
            t ->
                t.getString("leadUnitId").matches("STR_QH(_C\\d+)?")
                    || t.getJsonArray("assistUnitIds").stream()
                        .anyMatch(u -> u.toString().matches("STR_QH(_C\\d+)?")));
  }

  @Test
  void textSearchFindsContentAndTicketNumbers() {
    JsonObject any = items(list(dispatcher, "size=1")).get(0);

    assertThat(items(list(dispatcher, "text=" + any.getString("no"))))
        .extracting(t -> t.getLong("id"))
        .containsExactly(any.getLong("id"));
    assertThat(list(dispatcher, "text=%E5%81%9C%E7%94%B5").getLong("total"))
        .isEqualTo(dbCount("content LIKE '%停电%'"));
    assertThat(list(dispatcher, "text=100%25_").getLong("total")).isZero();
  }

  @Test
  void theCreatedDateRangeIsInclusiveOfWholeDaysInBeijingTime() {
    String today = TestClock.TODAY.toString();
    String tomorrow = TestClock.TODAY.plusDays(1).toString();

    assertThat(list(dispatcher, "createdFrom=" + today + "&createdTo=" + today).getLong("total"))
        .isEqualTo(dbCount("true"));
    assertThat(list(dispatcher, "createdFrom=" + tomorrow).getLong("total")).isZero();
  }

  @Test
  void nothingInTheFreshDemoIsOverdue() {
    assertThat(list(dispatcher, "overdue=true").getLong("total")).isZero();
    assertThat(list(dispatcher, "overdue=false").getLong("total")).isEqualTo(dbCount("true"));
    JsonArray all = list(dispatcher, "size=200").getJsonArray("items");
    assertThat(all.stream().map(o -> ((JsonObject) o).getBoolean("overdue"))).containsOnly(false);
  }

  @Test
  void mineListsOnlyTheTicketsTheCallerTookIn() {
    String agent = api.login("agent1", "hotline");
    long id = TicketIntake.fromAnning().appealType("REPORT").create(api, dispatcher);
    long dispatcherId = api.get("/api/v1/auth/me", dispatcher).json().getLong("id");
    long agentId = api.get("/api/v1/auth/me", agent).json().getLong("id");

    JsonObject mineOfDispatcher = list(dispatcher, "mine=true&size=200");
    JsonObject mineOfAgent = list(agent, "mine=true&size=200");

    assertThat(mineOfDispatcher.getLong("total"))
        .isEqualTo(dbCount("created_by = " + dispatcherId))
        .isPositive();
    assertThat(items(mineOfDispatcher)).extracting(t -> t.getLong("id")).contains(id);
    assertThat(items(mineOfDispatcher)).allMatch(t -> t.getLong("createdBy") == dispatcherId);
    assertThat(mineOfAgent.getLong("total")).isEqualTo(dbCount("created_by = " + agentId));
    assertThat(items(mineOfAgent)).extracting(t -> t.getLong("id")).doesNotContain(id);
    assertThat(list(agent, "mine=false").getLong("total"))
        .isEqualTo(list(agent, "").getLong("total"));
    var bad = api.get("/api/v1/tickets?mine=yes", agent);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().getJsonObject("error").getString("message")).contains("mine");
  }
}
