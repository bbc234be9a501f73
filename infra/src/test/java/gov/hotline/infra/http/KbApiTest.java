package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base over HTTP on the demo server (sample articles imported, embedded Lucene
 * engine).
 */
@Tag("db")
class KbApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String agent;
  private static String lead;
  private static String admin;
  private static String handler;

  @BeforeAll
  static void start() {
    server = RunningServer.demo("kb_api");
    api = server.client();
    agent = api.login("agent1", "hotline");
    lead = api.login("lead1", "hotline");
    admin = api.login("admin", "hotline");
    handler = api.login("handler1", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<JsonObject> hits(String query) {
    var r = api.get("/api/v1/kb/search?q=" + q(query), agent);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().getJsonArray("items").stream().map(o -> (JsonObject) o).toList();
  }

  private static JsonObject article(String title, String body) {
    return new JsonObject()
        .put("title", title)
        .put("body", body)
        .put("category", "测试")
        .put("keywords", new JsonArray().add("测试关键词"));
  }

  @Test
  void anAgentFindsTheDemoArticleForAColloquialQueryWithHighlights() {
    List<JsonObject> items = hits("我们这儿耗子多得邪乎");

    assertThat(items).isNotEmpty();
    assertThat(items.get(0).getString("code")).isEqualTo("KB9013");
    assertThat(items.get(0).getString("title")).isEqualTo("蚊蝇鼠患与病媒生物消杀");
    assertThat(items.get(0).getString("highlightedTitle")).isEqualTo("蚊蝇<em>鼠患</em>与病媒生物消杀");
    assertThat(items.get(0).getJsonArray("snippets")).isNotEmpty();
  }

  @Test
  void aSearchThatFoundNothingReachesTheEditorsListMaskedAndOnlyThem() {
    var nothing = api.get("/api/v1/kb/search?q=" + q("QZXJVKW wpfh 13812345678"), agent);
    assertThat(nothing.json().getJsonArray("items")).isEmpty();

    var gaps = api.get("/api/v1/kb/search-gaps?limit=500", lead);
    var forAgent = api.get("/api/v1/kb/search-gaps", agent);

    assertThat(gaps.status()).as(gaps.body()).isEqualTo(200);
    assertThat(gaps.json().getJsonArray("items").stream().map(o -> (JsonObject) o))
        .anySatisfy(
            g -> {
              assertThat(g.getString("query")).isEqualTo("qzxjvkw wpfh 138****5678");
              assertThat(g.getLong("misses")).isEqualTo(1L);
            });
    assertThat(gaps.body()).doesNotContain("13812345678");
    assertThat(forAgent.status()).isEqualTo(403);
  }

  @Test
  void emptyOverLongAndSyntaxLadenQueriesGetClearAnswers() {
    var empty = api.get("/api/v1/kb/search?q=", agent);
    var tooLong = api.get("/api/v1/kb/search?q=" + q("路灯".repeat(500)), agent);
    var syntax = api.get("/api/v1/kb/search?q=" + q("\"(*?:\\ 路灯 AND ["), agent);
    var badLimit = api.get("/api/v1/kb/search?q=x&limit=abc", agent);

    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.errorCode()).isEqualTo("EMPTY_QUERY");
    assertThat(empty.errorMessage()).contains("检索词");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.errorCode()).isEqualTo("QUERY_TOO_LONG");
    assertThat(syntax.status()).isEqualTo(200);
    assertThat(syntax.json().getJsonArray("items").getJsonObject(0).getString("code"))
        .isEqualTo("KB9010");
    assertThat(badLimit.status()).isEqualTo(400);
  }

  @Test
  void searchNeedsALogin() {
    assertThat(api.get("/api/v1/kb/search?q=" + q("护照"), null).status()).isEqualTo(401);
  }

  @Test
  void
      aNewArticleIsInvisibleUntilAnotherReviewerPublishesItAndGoneWhenRetiredWithEveryStepAVersion() {
    var created =
        api.post(
            "/api/v1/kb/articles",
            lead,
            article("无人机禁飞区咨询", "本区部分区域属于无人机禁飞区。").put("publish", true));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().getLong("id");
    assertThat(created.json().getString("status")).isEqualTo("DRAFT");
    assertThat(hits("无人机禁飞")).extracting(h -> h.getLong("id")).doesNotContain(id);

    var byAuthor = api.post("/api/v1/kb/articles/" + id + "/publish", lead, "");
    assertThat(byAuthor.status()).isEqualTo(403);
    assertThat(byAuthor.errorMessage()).contains("不能发布自己编辑的内容");
    assertThat(hits("无人机禁飞")).extracting(h -> h.getLong("id")).doesNotContain(id);

    assertThat(api.post("/api/v1/kb/articles/" + id + "/publish", admin, "").status())
        .isEqualTo(200);
    assertThat(hits("无人机禁飞")).extracting(h -> h.getLong("id")).first().isEqualTo(id);

    api.post("/api/v1/kb/articles/" + id + "/retire", lead, "");
    assertThat(hits("无人机禁飞")).extracting(h -> h.getLong("id")).doesNotContain(id);
    var versions =
        api.get("/api/v1/kb/articles/" + id + "/versions", lead).json().getJsonArray("items");
    assertThat(versions).hasSize(3);
    assertThat(versions.getJsonObject(2).getString("title")).isEqualTo("无人机禁飞区咨询");
  }

  @Test
  void anEditOfAPublishedArticleWaitsForReviewAndGoesLiveOnlyWhenAnotherReviewerPublishesIt() {
    long id =
        api.post("/api/v1/kb/articles", lead, article("共享单车停放区咨询", "共享单车须停入电子围栏。"))
            .json()
            .getLong("id");
    api.post("/api/v1/kb/articles/" + id + "/publish", admin, "");

    var edited =
        api.put(
            "/api/v1/kb/articles/" + id,
            lead,
            article("共享单车停放与罚则咨询", "乱停放将被清运扣分。").put("version", 2));

    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    assertThat(edited.json().getBoolean("pendingReview")).isTrue();
    assertThat(edited.json().getInteger("version")).isEqualTo(2);
    assertThat(edited.json().getString("title")).isEqualTo("共享单车停放区咨询");
    assertThat(edited.json().getJsonObject("draft").getString("title")).isEqualTo("共享单车停放与罚则咨询");
    assertThat(hits("清运扣分")).extracting(h -> h.getLong("id")).doesNotContain(id);
    assertThat(hits("电子围栏")).extracting(h -> h.getLong("id")).contains(id);
    assertThat(
            api.get("/api/v1/kb/review", admin).json().getJsonArray("items").stream()
                .map(o -> ((JsonObject) o).getLong("articleId")))
        .contains(id);
    var draft = api.get("/api/v1/kb/articles/" + id + "/draft", admin).json();
    assertThat(draft.getString("body")).isEqualTo("共享单车须停入电子围栏。");
    assertThat(draft.getJsonObject("draft").getString("author")).isEqualTo("lead1");

    assertThat(api.post("/api/v1/kb/articles/" + id + "/publish", lead, "").status())
        .isEqualTo(403);
    assertThat(hits("清运扣分")).extracting(h -> h.getLong("id")).doesNotContain(id);

    var published = api.post("/api/v1/kb/articles/" + id + "/publish", admin, "");
    assertThat(published.json().getInteger("version")).isEqualTo(3);
    assertThat(published.json().getString("title")).isEqualTo("共享单车停放与罚则咨询");
    assertThat(hits("清运扣分")).extracting(h -> h.getLong("id")).contains(id);
    assertThat(hits("电子围栏")).extracting(h -> h.getLong("id")).doesNotContain(id);
    assertThat(api.get("/api/v1/kb/articles/" + id + "/draft", admin).status()).isEqualTo(404);
  }

  @Test
  void aReviewerMayThrowADraftAwayAndThePublishedVersionStays() {
    long id =
        api.post("/api/v1/kb/articles", lead, article("老年卡补办咨询", "老年卡遗失可到社区补办。"))
            .json()
            .getLong("id");
    api.post("/api/v1/kb/articles/" + id + "/publish", admin, "");
    api.put("/api/v1/kb/articles/" + id, lead, article("老年卡补办咨询", "错误的修改内容。"));

    assertThat(api.delete("/api/v1/kb/articles/" + id + "/draft", admin).status()).isEqualTo(200);

    assertThat(api.get("/api/v1/kb/articles/" + id, agent).json().getString("body"))
        .isEqualTo("老年卡遗失可到社区补办。");
    assertThat(api.delete("/api/v1/kb/articles/" + id + "/draft", admin).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/kb/review", agent).status()).isEqualTo(403);
  }

  @Test
  void aStaleEditIsAConflict() {
    long id = api.post("/api/v1/kb/articles", lead, article("旧版本冲突测试", "正文")).json().getLong("id");
    api.put("/api/v1/kb/articles/" + id, lead, article("第一次修改", "正文").put("version", 1));

    var stale =
        api.put("/api/v1/kb/articles/" + id, lead, article("第二次修改", "正文").put("version", 1));

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.errorCode()).isEqualTo("STALE_VERSION");
  }

  @Test
  void onlyTeamLeadsAndAdminsEdit() {
    var byAgent = api.post("/api/v1/kb/articles", agent, article("座席不能新建", "正文"));

    assertThat(byAgent.status()).isEqualTo(403);
    assertThat(byAgent.errorMessage()).contains("班长");
    assertThat(api.post("/api/v1/kb/import", agent, "{}").status()).isEqualTo(403);
  }

  @Test
  void importingAKnownCodeMakesANewVersionNeverADuplicate() {
    String lines =
        "{\"id\":\"KB9001\",\"title\":\"普通护照申领（新版）\",\"category\":\"出入境\",\"keywords\":[\"办护照\"],"
            + "\"body\":\"全国通办。\"}\n{\"id\":\"KB8001\",\"title\":\"新增条目\",\"category\":\"测试\",\"keywords\":[],"
            + "\"body\":\"新增正文\"}\n";

    var r = api.post("/api/v1/kb/import", lead, lines);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().getInteger("created")).isEqualTo(1);
    assertThat(r.json().getInteger("updated")).isEqualTo(1);
    var list = api.get("/api/v1/kb/articles?text=KB9001", lead).json();
    assertThat(list.getLong("total")).isEqualTo(1);
    assertThat(list.getJsonArray("items").getJsonObject(0).getString("title"))
        .isEqualTo("普通护照申领（新版）");
    assertThat(list.getJsonArray("items").getJsonObject(0).getInteger("version")).isEqualTo(2);
  }

  @Test
  void aBadImportLineIsRefusedWithItsLineNumberAndNothingIsImported() {
    var r =
        api.post(
            "/api/v1/kb/import",
            lead,
            "{\"id\":\"KB7001\",\"title\":\"好\",\"body\":\"好\"}\n{\"id\":\"KB7002\"");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorMessage()).contains("第 2 行");
    assertThat(api.get("/api/v1/kb/articles?text=KB7001", lead).json().getLong("total")).isZero();
  }

  @Test
  void markupInAnArticleIsStoredAsTextAndEscapedInSearchResults() {
    var created =
        api.post(
            "/api/v1/kb/articles",
            lead,
            article("<img src=x onerror=alert(1)>噪声扰民测试", "夜间施工<script>alert('x')</script>噪声扰民可投诉。")
                .put("publish", true));
    assertThat(created.json().getString("body")).contains("<script>");
    api.post("/api/v1/kb/articles/" + created.json().getLong("id") + "/publish", admin, "");

    JsonObject hit = hits("噪声扰民测试").get(0);

    assertThat(hit.getString("highlightedTitle")).startsWith("&lt;img").doesNotContain("<img");
    assertThat(hit.getJsonArray("snippets").encode())
        .contains("&lt;script&gt;")
        .doesNotContain("<script>");
  }

  @Test
  void suggestionsCompleteTitlesAsTheAgentTypes() {
    var r = api.get("/api/v1/kb/suggest?q=" + q("公园"), agent);

    assertThat(r.status()).isEqualTo(200);
    assertThat(
            r.json().getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("title")))
        .contains("公园年票办理");
  }

  @Test
  void adminsEditTheSynonymDictionaryAndSearchUsesIt() {
    assertThat(api.get("/api/v1/kb/synonyms", agent).json().getInteger("groups"))
        .isGreaterThan(100);
    assertThat(api.put("/api/v1/kb/synonyms", agent, new JsonObject().put("text", "a,b")).status())
        .isEqualTo(403);
    assertThat(
            api.put("/api/v1/kb/synonyms", admin, new JsonObject().put("text", "只有一个词")).status())
        .isEqualTo(400);
    String text = api.get("/api/v1/kb/synonyms", admin).json().getString("text") + "\n借阅证,图书馆证件\n";

    assertThat(api.put("/api/v1/kb/synonyms", admin, new JsonObject().put("text", text)).status())
        .isEqualTo(200);
    assertThat(hits("图书馆证件").get(0).getString("code")).isEqualTo("KB9014");
  }

  @Test
  void aNewTicketIsFoundAsSimilarByTheNextOneAboutTheSameProblem() {
    long first = createTicket("清河安宁里小区楼下路灯不亮好几天了，晚上很黑");
    long second = createTicket("安宁里小区路灯坏了不亮，请派人修");

    List<String> similar =
        await(
            () ->
                api
                    .get("/api/v1/tickets/" + second + "/similar", agent)
                    .json()
                    .getJsonArray("items")
                    .stream()
                    .map(o -> ((JsonObject) o).getLong("id").toString())
                    .toList(),
            ids -> ids.contains(Long.toString(first)));

    assertThat(similar).contains(Long.toString(first)).doesNotContain(Long.toString(second));
    assertThat(api.get("/api/v1/tickets/" + second + "/similar", handler).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/tickets/99999999/similar", agent).status()).isEqualTo(404);
  }

  private static long createTicket(String content) {
    return TicketIntake.aTicket()
        .callerName("张三")
        .callerPhone("13900002222")
        .address("海淀区清河安宁里")
        .appealType("HELP")
        .categoryId("SZ02")
        .content(content)
        .create(api, agent);
  }

  /**
   * Polls until {@code done} holds (the ticket index is updated by an event after the create), at
   * most 10 s.
   */
  private static <T> T await(Supplier<T> probe, Predicate<T> done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    T value = probe.get();
    while (!done.test(value) && System.nanoTime() < deadline) {
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
      value = probe.get();
    }
    return value;
  }
}
