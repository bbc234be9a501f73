package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every client mistake gets a 4xx with a JSON error and a Chinese message; nothing is stored. */
@Tag("db")
class TicketInputApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String agent;

  @BeforeAll
  static void start() {
    server = RunningServer.demo("input_api");
    api = server.client();
    agent = api.login("agent1", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonObject valid() {
    return TicketIntake.fromZhongguancun().channel("WEB").content("路边垃圾无人清运").json();
  }

  private static long ticketCount() {
    return server.database().number("SELECT count(*) FROM core.ticket");
  }

  @Test
  void malformedJsonIsABadRequest() {
    long before = ticketCount();

    var r = api.post("/api/v1/tickets", agent, "{\"channel\": \"PHONE\",");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("INVALID_JSON");
    assertThat(r.errorMessage()).isEqualTo("请求体不是合法的 JSON");
    assertThat(ticketCount()).isEqualTo(before);
  }

  @Test
  void aJsonArrayInsteadOfAnObjectIsABadRequest() {
    assertThat(api.post("/api/v1/tickets", agent, "[1,2]").errorCode()).isEqualTo("INVALID_JSON");
  }

  @ParameterizedTest
  @CsvSource({"content,诉求内容", "categoryId,问题分类", "channel,来源渠道", "appealType,诉求类型"})
  void aMissingRequiredFieldIsNamedInChinese(String field, String label) {
    var r = api.post("/api/v1/tickets", agent, valid().putNull(field));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("MISSING_FIELD");
    assertThat(r.errorMessage()).contains(label).contains(field);
  }

  @Test
  void aPhoneIntakeWithoutTheCallersNumberIsRefusedNamingIt() {
    var r =
        api.post("/api/v1/tickets", agent, valid().put("channel", "PHONE").putNull("callerPhone"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorMessage()).isEqualTo("缺少必填项：联系电话（callerPhone）");
  }

  @Test
  void aWebIntakeWithoutANumberIsTakenWithNone() {
    long before = ticketCount();

    var r = api.post("/api/v1/tickets", agent, valid().putNull("callerPhone"));

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().getValue("callerPhone")).isNull();
    assertThat(ticketCount()).isEqualTo(before + 1);
  }

  @Test
  void overlongContentIsRefused() {
    var r = api.post("/api/v1/tickets", agent, valid().put("content", "很".repeat(4001)));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("FIELD_TOO_LONG");
    assertThat(r.errorMessage()).contains("4000");
  }

  @Test
  void aBodyOverTheLimitIsRefusedAs413() {
    var r = api.post("/api/v1/tickets", agent, valid().put("content", "x".repeat(400_000)));

    assertThat(r.status()).isEqualTo(413);
    assertThat(r.errorCode()).isEqualTo("BODY_TOO_LARGE");
  }

  @ParameterizedTest
  @CsvSource({"channel,FAX", "appealType,GRUMBLE", "urgency,VERY"})
  void anUnknownEnumerationListsTheAllowedCodes(String field, String value) {
    var r = api.post("/api/v1/tickets", agent, valid().put(field, value));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("UNKNOWN_ENUM");
    assertThat(r.errorMessage()).contains(value).contains("可选");
  }

  @Test
  void aFieldOfTheWrongTypeIsRefused() {
    var r = api.post("/api/v1/tickets", agent, valid().put("confidential", "yes"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("INVALID_FIELD_TYPE");
  }

  @Test
  void anInvalidPhoneNumberIsRefused() {
    assertThat(
            api.post("/api/v1/tickets", agent, valid().put("callerPhone", "call me")).errorCode())
        .isEqualTo("INVALID_PHONE");
  }

  @Test
  void anUnknownOrGroupCategoryIsRefused() {
    assertThat(api.post("/api/v1/tickets", agent, valid().put("categoryId", "NOPE")).errorCode())
        .isEqualTo("UNKNOWN_CATEGORY");
    assertThat(api.post("/api/v1/tickets", agent, valid().put("categoryId", "SR")).errorCode())
        .isEqualTo("CATEGORY_NOT_LEAF");
  }

  @Test
  void unitsMayNotReceiveTickets() {
    var r = api.post("/api/v1/tickets", api.login("handler1", "hotline"), valid());

    assertThat(r.status()).isEqualTo(403);
  }

  @Test
  void unknownTicketsAndActionsAre404() {
    long id = api.post("/api/v1/tickets", agent, valid()).json().getLong("id");

    assertThat(api.get("/api/v1/tickets/99999999", agent).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/tickets/abc", agent).status()).isEqualTo(404);
    var r = api.post("/api/v1/tickets/" + id + "/teleport", agent, new JsonObject());
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.errorCode()).isEqualTo("UNKNOWN_ACTION");
  }

  @Test
  void aDispatchToAUnitThatDoesNotExistIsRefused() {
    long id = api.post("/api/v1/tickets", agent, valid()).json().getLong("id");
    api.post("/api/v1/tickets/" + id + "/submit", agent, new JsonObject());

    var r =
        api.post(
            "/api/v1/tickets/" + id + "/dispatch",
            api.login("dispatcher1", "hotline"),
            new JsonObject().put("leadUnitId", "NO_SUCH_UNIT"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("UNKNOWN_UNIT");
  }

  @Test
  void badListParametersAreRefusedNotIgnored() {
    assertThat(api.get("/api/v1/tickets?status=LOST", agent).errorCode()).isEqualTo("UNKNOWN_ENUM");
    assertThat(api.get("/api/v1/tickets?page=x", agent).errorCode()).isEqualTo("INVALID_PARAM");
    assertThat(api.get("/api/v1/tickets?createdFrom=2026-13-45", agent).errorCode())
        .isEqualTo("INVALID_DATE");
    assertThat(api.get("/api/v1/tickets?overdue=maybe", agent).errorCode())
        .isEqualTo("INVALID_PARAM");
  }
}
