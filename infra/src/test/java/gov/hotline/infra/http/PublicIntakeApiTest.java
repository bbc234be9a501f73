package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The citizens' own intake without login: malformed and oversized input refused in Chinese, a flood
 * answered with 429 in Chinese, markup stored as text, the same appeal twice giving one ticket,
 * tracking refused on wrong digits, ratings stored with their source and a 差评 opening a follow-up.
 * Each test speaks from its own client address (X-Forwarded-For through a trusted proxy), so that
 * the limits of one test do not reach the next.
 */
@Tag("db")
class PublicIntakeApiTest {
  private static final String APPEALS = "/api/v1/public/appeals";
  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final AtomicInteger CLIENTS = new AtomicInteger(10);

  private static RunningServer server;
  private static ApiClient api;
  private static String agent;

  @BeforeAll
  static void start() {
    server =
        RunningServer.start(
            "public_intake_api",
            Application.Mode.DEMO,
            Map.of("HOTLINE_TRUSTED_PROXIES", "127.0.0.1"));
    api = server.client();
    agent = api.login("agent1", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String newClient() {
    return "203.0.113." + CLIENTS.incrementAndGet();
  }

  private static JsonObject appeal(String content) {
    return new JsonObject()
        .put("channel", "WEB")
        .put("name", "赵六")
        .put("phone", "13912345678")
        .put("address", "海淀区清河街道安宁里小区")
        .put("appealType", "HELP")
        .put("categoryId", "SR01")
        .put("content", content);
  }

  private static ApiClient.Reply file(String client, String body, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "X-Forwarded-For";
    all[1] = client;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return api.post(APPEALS, null, body, all);
  }

  private static ApiClient.Reply track(String client, String trackingNo, String lastFour) {
    return api.post(
        APPEALS + "/track",
        null,
        new JsonObject().put("trackingNo", trackingNo).put("phoneLast4", lastFour).encode(),
        "X-Forwarded-For",
        client);
  }

  /** The newest ticket as the agent sees it. */
  private static JsonObject newestTicket() {
    JsonObject page = api.get("/api/v1/tickets?size=1", agent).json();
    long id = page.getJsonArray("items").getJsonObject(0).getLong("id");
    return api.get("/api/v1/tickets/" + id, agent).json();
  }

  private static long total() {
    return api.get("/api/v1/tickets?size=1", agent).json().getLong("total");
  }

  @Test
  void anAppealIsFiledWithoutLoginAndGetsATrackingNumber() {
    ApiClient.Reply r = file(newClient(), appeal("小区路灯坏了一周，晚上很黑").encode());

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().getString("trackingNo")).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
    JsonObject t = newestTicket();
    assertThat(t.getString("channel")).isEqualTo("WEB");
    assertThat(t.getString("content")).isEqualTo("小区路灯坏了一周，晚上很黑");
  }

  @Test
  void malformedJsonIsRefusedInChinese() {
    ApiClient.Reply r = file(newClient(), "{\"content\": \"路灯");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("INVALID_JSON");
    assertThat(r.errorMessage()).isEqualTo("请求体不是合法的 JSON");
  }

  @Test
  void contentOverItsLimitIsRefusedNamingTheField() {
    ApiClient.Reply r = file(newClient(), appeal("长".repeat(4001)).encode());

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("FIELD_TOO_LONG");
    assertThat(r.errorMessage()).isEqualTo("诉求内容（content）过长：最多 4000 个字符");
  }

  @Test
  void aBodyOverTheRequestLimitIsRefusedWith413() {
    ApiClient.Reply r = file(newClient(), appeal("长".repeat(300_000)).encode());

    assertThat(r.status()).isEqualTo(413);
    assertThat(r.errorMessage()).isEqualTo("请求体过大");
  }

  @Test
  void aFloodFromOneClientIsAnsweredWith429InChineseWithRetryAfter() {
    String client = newClient();
    for (int i = 0; i < 5; i++) {
      assertThat(file(client, appeal("第" + i + "次反映噪音扰民").encode()).status()).isEqualTo(201);
    }

    ApiClient.Reply r = file(client, appeal("第六次反映噪音扰民").encode());

    assertThat(r.status()).isEqualTo(429);
    assertThat(r.errorMessage()).matches("提交诉求过于频繁，请 \\d+ 秒后再试");
    assertThat(r.raw().headers().firstValue("Retry-After"))
        .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
    assertThat(file(newClient(), appeal("另一位市民反映噪音扰民").encode()).status()).isEqualTo(201);
  }

  @Test
  void markupInEveryFieldIsStoredAndReturnedAsPlainText() {
    JsonObject body =
        appeal(SCRIPT + "<img src=x onerror=alert(1)>")
            .put("name", "<b>" + SCRIPT + "</b>")
            .put("address", "\"><svg onload=alert(2)>");
    ApiClient.Reply r = file(newClient(), body.encode());
    assertThat(r.status()).isEqualTo(201);

    JsonObject t = newestTicket();
    assertThat(t.getString("content")).isEqualTo(SCRIPT + "<img src=x onerror=alert(1)>");
    assertThat(t.getString("callerName")).isEqualTo("<b>" + SCRIPT + "</b>");
    assertThat(t.getString("address")).isEqualTo("\"><svg onload=alert(2)>");
    ApiClient.Reply tracked = track(newClient(), r.json().getString("trackingNo"), "5678");
    assertThat(tracked.json().getString("content"))
        .isEqualTo(SCRIPT + "<img src=x onerror=alert(1)>");
    assertThat(tracked.raw().headers().firstValue("Content-Type"))
        .hasValue("application/json; charset=utf-8");
    assertThat(tracked.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void theSameAppealSentTwiceGivesOneTicketAndTheSameTrackingNumber() {
    String client = newClient();
    String body = appeal("楼下餐馆油烟太大，窗户都不敢开").encode();
    ApiClient.Reply first = file(client, body);
    long after = total();

    ApiClient.Reply again = file(client, body);

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().getBoolean("repeated")).isTrue();
    assertThat(again.json().getString("trackingNo"))
        .isEqualTo(first.json().getString("trackingNo"));
    assertThat(total()).isEqualTo(after);
  }

  @Test
  void theSameIdempotencyKeyGivesOneTicket() {
    String client = newClient();
    ApiClient.Reply first =
        file(client, appeal("共享单车堆满人行道").encode(), "Idempotency-Key", "k-" + client);
    long after = total();

    ApiClient.Reply again =
        file(client, appeal("共享单车堆满人行道！！").encode(), "Idempotency-Key", "k-" + client);

    assertThat(again.json().getString("trackingNo"))
        .isEqualTo(first.json().getString("trackingNo"));
    assertThat(total()).isEqualTo(after);
  }

  @Test
  void trackingWithWrongLastFourDigitsIsRefusedAndTellsNothing() {
    String no = file(newClient(), appeal("井盖丢了很危险").encode()).json().getString("trackingNo");

    ApiClient.Reply wrong = track(newClient(), no, "1234");
    ApiClient.Reply right = track(newClient(), no, "5678");

    assertThat(wrong.status()).isEqualTo(404);
    assertThat(wrong.errorMessage()).isEqualTo("查询编号或手机号码后四位不正确，请核对后重试");
    assertThat(wrong.body()).doesNotContain("井盖").doesNotContain("赵六");
    assertThat(right.status()).isEqualTo(200);
    assertThat(right.json().getString("statusLabel")).isEqualTo("已受理");
    assertThat(right.body()).doesNotContain("赵六").doesNotContain("13912345678");
  }

  @Test
  void repeatedWrongGuessesAreThrottled() {
    String client = newClient();
    int last = 0;
    for (int i = 0; i < 31; i++) {
      last = track(client, "ABCD-EFGH-JKMN", String.format("%04d", i)).status();
    }

    assertThat(last).isEqualTo(429);
  }

  @Test
  void aDirectCloseFromAnArticleRecordsTheChecklistShownOnTheTicketAndTheTrackingPage() {
    String no =
        file(newClient(), appeal("请问护照怎么办理").put("appealType", "CONSULT").encode())
            .json()
            .getString("trackingNo");
    JsonObject t = newestTicket();
    long articleId =
        api.get("/api/v1/kb/search?q=" + URLEncoder.encode("护照", StandardCharsets.UTF_8), agent)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getLong("id");

    ApiClient.Reply closed =
        api.post(
            "/api/v1/tickets/" + t.getLong("id") + "/direct-close",
            agent,
            new JsonObject().put("answer", "可持身份证到出入境大厅办理").put("articleId", articleId));

    assertThat(closed.status()).isEqualTo(200);
    JsonArray items =
        api.get("/api/v1/tickets/" + t.getLong("id"), agent)
            .json()
            .getJsonObject("notice")
            .getJsonArray("items");
    assertThat(items.getJsonObject(0).getString("kind")).isEqualTo("MATERIALS");
    assertThat(items.getJsonObject(0).getString("text")).contains("居民身份证");
    JsonObject tracked = track(newClient(), no, "5678").json();
    assertThat(tracked.getString("statusLabel")).isEqualTo("已办结");
    assertThat(tracked.getString("reply")).isEqualTo("可持身份证到出入境大厅办理");
    assertThat(tracked.getJsonObject("notice").getJsonArray("items")).isEqualTo(items);
    assertThat(tracked.getBoolean("canRate")).isTrue();
  }

  @Test
  void aCitizensBadRatingIsStoredWithItsSourceAndOpensAFollowUpOnTheTicket() {
    String no =
        file(newClient(), appeal("咨询社保卡补办").put("appealType", "CONSULT").encode())
            .json()
            .getString("trackingNo");
    long id = newestTicket().getLong("id");
    api.post(
        "/api/v1/tickets/" + id + "/direct-close",
        agent,
        new JsonObject().put("answer", "请到社保窗口办理"));

    ApiClient.Reply rated =
        api.post(
            APPEALS + "/rate",
            null,
            new JsonObject()
                .put("trackingNo", no)
                .put("phoneLast4", "5678")
                .put("rating", "VERY_DISSATISFIED")
                .put("comment", "答复不清楚")
                .encode(),
            "X-Forwarded-For",
            newClient());

    assertThat(rated.status()).isEqualTo(200);
    assertThat(rated.json().getJsonObject("rating").getString("ratingLabel")).isEqualTo("非常不满意");
    JsonObject t = api.get("/api/v1/tickets/" + id, agent).json();
    JsonObject rating = t.getJsonArray("ratings").getJsonObject(0);
    assertThat(rating.getString("source")).isEqualTo("CITIZEN");
    assertThat(rating.getBoolean("synced")).isFalse();
    JsonObject followUp = t.getJsonArray("followUps").getJsonObject(0);
    assertThat(followUp.getString("dueAt")).isNotNull();
    assertThat(followUp.getString("reason")).contains("差评");
    JsonArray history =
        api.get("/api/v1/tickets/" + id + "/history", agent).json().getJsonArray("items");
    assertThat(history.stream().map(e -> ((JsonObject) e).getString("actionLabel")))
        .contains("评价", "整改");
  }

  @Test
  void staffIntakeOnTheWebChannelNeedsNoPhone() {
    ApiClient.Reply r =
        api.post(
            "/api/v1/tickets",
            agent,
            new JsonObject()
                .put("channel", "MESSAGE_BOARD")
                .put("appealType", "SUGGESTION")
                .put("categoryId", "SR01")
                .put("content", "建议增加垃圾分类宣传"));

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().getString("callerPhone")).isNull();
  }

  @Test
  void aPhotoNeedsTheUploadTokenOfItsAppeal() {
    JsonObject filed = file(newClient(), appeal("路面塌陷").encode()).json();
    String no = filed.getString("trackingNo");
    byte[] png = tinyPng();

    ApiClient.Reply without =
        api.upload(APPEALS + "/" + no + "/attachments", null, "file", "a.png", "image/png", png);

    assertThat(without.status()).isEqualTo(403);
    assertThat(without.errorMessage()).contains("上传凭证无效");
    ApiClient.Reply with =
        api.upload(
            APPEALS + "/" + no + "/attachments",
            null,
            "file",
            "<img src=x>.png",
            "image/png",
            png,
            "X-Upload-Token",
            filed.getString("uploadToken"));
    assertThat(with.status()).isEqualTo(201);
    JsonObject t = newestTicket();
    assertThat(t.getJsonArray("attachments").getJsonObject(0).getString("purpose"))
        .isEqualTo("APPEAL");
  }

  private static byte[] tinyPng() {
    return Base64.getDecoder()
        .decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
  }
}
