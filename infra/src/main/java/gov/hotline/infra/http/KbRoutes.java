package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.ticket.TextRules;
import gov.hotline.core.ticket.TicketService;
import gov.hotline.core.user.Actor;
import gov.hotline.infra.kb.KnowledgeBase;
import gov.hotline.kb.domain.Article;
import gov.hotline.kb.domain.ArticleContent;
import gov.hotline.kb.domain.ArticleFilter;
import gov.hotline.kb.domain.ArticleStatus;
import gov.hotline.kb.domain.ArticleVersion;
import gov.hotline.kb.domain.KbRules;
import gov.hotline.kb.domain.NoticeChecklist;
import gov.hotline.kb.domain.SearchHit;
import gov.hotline.kb.domain.SearchRequest;
import gov.hotline.kb.domain.SimilarTicket;
import gov.hotline.kb.domain.SynonymDictionary;
import gov.hotline.kb.service.Dates;
import gov.hotline.kb.service.KbSearchService;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/v1/kb}: search and suggestions for every logged-in role; articles, import, synonyms
 * for editors (班长, 系统管理员); and {@code /api/v1/tickets/{id}/similar}.
 */
public final class KbRoutes {
  private final KnowledgeBase kb;
  private final TicketService tickets;
  private final ZoneId zone;

  public KbRoutes(KnowledgeBase kb, TicketService tickets, ZoneId zone) {
    this.zone = zone;
    this.kb = kb;
    this.tickets = tickets;
  }

  public void mount(Router api) {
    api.get("/kb/search").handler(handle(this::search));
    api.get("/kb/suggest").handler(handle(this::suggest));
    api.get("/kb/search-gaps").handler(handle(this::searchGaps));
    api.get("/kb/articles").handler(handle(this::list));
    api.post("/kb/articles").handler(handle(this::create));
    api.get("/kb/articles/:id").handler(handle(this::get));
    api.put("/kb/articles/:id").handler(handle(this::update));
    api.get("/kb/articles/:id/versions").handler(handle(this::versions));
    api.post("/kb/articles/:id/publish")
        .handler(
            handle(
                ctx ->
                    Requests.ok(
                        ctx,
                        KbJson.article(
                            kb.articles().publish(id(ctx), Requests.actor(ctx)), true))));
    api.post("/kb/articles/:id/retire")
        .handler(
            handle(
                ctx ->
                    Requests.ok(
                        ctx,
                        KbJson.article(kb.articles().retire(id(ctx), Requests.actor(ctx)), true))));
    api.post("/kb/import").handler(handle(this::importLines));
    api.get("/kb/synonyms").handler(handle(this::synonyms));
    api.put("/kb/synonyms").handler(handle(this::saveSynonyms));
    api.post("/kb/reindex").handler(handle(this::reindex));
    api.get("/tickets/:id/similar").handler(handle(this::similar));
    api.post("/tickets/similar").handler(handle(this::similarToText));
  }

  private void search(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    SearchRequest req =
        SearchRequest.of(
            ctx.request().getParam("q"),
            Requests.intQuery(ctx, "limit", SearchRequest.LIMIT_DEFAULT),
            Requests.query(ctx, "category"));
    long t0 = System.nanoTime();
    List<SearchHit> hits = kb.search().search(req, actor);
    JsonObject out =
        new JsonObject()
            .put("query", req.query())
            .put("engine", kb.engine())
            .put("tookMs", (System.nanoTime() - t0) / 1_000_000)
            .put("items", Requests.array(hits, KbJson::hit));
    if (hits.isEmpty()) { // an honest empty answer, with ways on
      out.put("message", KbSearchService.NO_ANSWER)
          .put("suggestions", new JsonArray(kb.search().noAnswerSuggestions(req.query())));
    }
    Requests.ok(ctx, out);
  }

  /** 检索盲点: ?from=&to= (dates or instants; default the last 30 days), limit. */
  private void searchGaps(RoutingContext ctx) {
    var gaps =
        kb.search()
            .gaps(
                Requests.actor(ctx),
                Requests.timeQuery(ctx, "from", zone, false),
                Requests.timeQuery(ctx, "to", zone, true),
                Requests.intQuery(ctx, "limit", 100));
    Requests.ok(
        ctx,
        new JsonObject()
            .put("from", gaps.from().toString())
            .put("to", gaps.to().toString())
            .put(
                "items",
                Requests.array(
                    gaps.items(),
                    g ->
                        new JsonObject()
                            .put("query", g.query())
                            .put("searches", g.searches())
                            .put("misses", g.misses())
                            .put("lastAt", g.lastAt().toString()))));
  }

  private void suggest(RoutingContext ctx) {
    Requests.actor(ctx);
    var items =
        kb.search().suggest(ctx.request().getParam("q"), Requests.intQuery(ctx, "limit", 8));
    Requests.ok(
        ctx,
        new JsonObject()
            .put(
                "items",
                Requests.array(
                    items,
                    s ->
                        new JsonObject()
                            .put("id", s.articleId())
                            .put("code", s.code())
                            .put("title", s.title()))));
  }

  private void list(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    Paging paging = Paging.of(ctx, "status", "category", "text");
    String status = Requests.query(ctx, "status");
    ArticleStatus s =
        status == null
            ? null
            : JsonInput.parseEnum(
                status.toUpperCase(Locale.ROOT), "status", ArticleStatus.class, "知识状态");
    var page =
        kb.articles()
            .list(
                new ArticleFilter(
                    s,
                    Requests.query(ctx, "category"),
                    Requests.query(ctx, "text"),
                    paging.page(),
                    paging.size()),
                actor);
    Requests.ok(
        ctx,
        paging
            .into(new JsonObject())
            .put("total", page.total())
            .put("items", Requests.array(page.items(), a -> KbJson.article(a, false))));
  }

  private void get(RoutingContext ctx) {
    Requests.ok(ctx, KbJson.article(kb.articles().get(id(ctx), Requests.actor(ctx)), true));
  }

  private void create(RoutingContext ctx) {
    KbRules.requireEditor(
        Requests.actor(ctx)); // the role before the payload: a refusal says nothing about it
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    Article a =
        kb.articles()
            .create(
                in.text("code"),
                content(in),
                Boolean.TRUE.equals(in.bool("publish")),
                Requests.actor(ctx));
    ctx.response().putHeader("Location", "/api/v1/kb/articles/" + a.id());
    Requests.json(ctx, 201, KbJson.article(a, true));
  }

  private void update(RoutingContext ctx) {
    KbRules.requireEditor(Requests.actor(ctx));
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    String version = in.text("version");
    Integer expected = null;
    if (version != null) {
      try {
        expected = Integer.parseInt(version.trim());
      } catch (NumberFormatException e) {
        throw DomainException.invalid("INVALID_FIELD_TYPE", "字段 version 必须是整数");
      }
    }
    var edit = kb.articles().update(id(ctx), content(in), expected, Requests.actor(ctx));
    Requests.ok(
        ctx,
        edit.pendingReview()
            ? KbReviewRoutes.withDraft(
                kb.articles().get(id(ctx), Requests.actor(ctx)), edit.draft())
            : KbJson.article(edit.next(), true).put("pendingReview", false));
  }

  private static ArticleContent content(JsonInput in) {
    return ArticleContent.of(
        in.text("title"),
        in.text("body"),
        in.text("category"),
        in.textList("keywords"),
        Dates.parse(in.text("validFrom"), "validFrom"),
        Dates.parse(in.text("validTo"), "validTo"));
  }

  private void versions(RoutingContext ctx) {
    List<ArticleVersion> list = kb.articles().versions(id(ctx), Requests.actor(ctx));
    Requests.ok(ctx, new JsonObject().put("items", Requests.array(list, KbJson::version)));
  }

  private void importLines(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    KbRules.requireEditor(actor);
    String body = ctx.body().buffer() == null ? "" : ctx.body().asString("UTF-8");
    var r = kb.articles().importLines(body, actor);
    Requests.ok(
        ctx,
        new JsonObject()
            .put("created", r.created())
            .put("updated", r.updated())
            .put("unchanged", r.unchanged()));
  }

  private void synonyms(RoutingContext ctx) {
    Requests.actor(ctx);
    SynonymDictionary d = kb.synonyms().current();
    Requests.ok(ctx, new JsonObject().put("text", d.source()).put("groups", d.groupCount()));
  }

  private void saveSynonyms(RoutingContext ctx) {
    KbRules.requireEditor(Requests.actor(ctx));
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    String text = in.text("text");
    if (text == null || text.isBlank()) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：同义词词典（text）");
    }
    SynonymDictionary d = kb.synonyms().save(text, Requests.actor(ctx));
    Requests.ok(ctx, new JsonObject().put("text", d.source()).put("groups", d.groupCount()));
  }

  private void reindex(RoutingContext ctx) {
    var counts = kb.maintenance().reindexAll(Requests.actor(ctx));
    Requests.ok(
        ctx,
        new JsonObject()
            .put("engine", kb.engine())
            .put("articles", counts.articles())
            .put("tickets", counts.tickets()));
  }

  private void similar(RoutingContext ctx) {
    Actor actor = KbRules.require(Requests.actor(ctx), KbRules.Use.SIMILAR_TICKETS);
    long id = Requests.longParam(ctx, "id", "工单");
    tickets.get(new TicketId(id), actor);
    var items = kb.search().similar(id, Requests.intQuery(ctx, "limit", 10));
    Requests.ok(ctx, new JsonObject().put("items", Requests.array(items, KbJson::similar)));
  }

  /**
   * Tickets like an appeal the agent is typing, before it is saved: the open ones first (a
   * duplicate to link rather than a new ticket), each in the shape of {@code GET
   * /tickets/{id}/similar} plus its status.
   */
  private void similarToText(RoutingContext ctx) {
    Actor actor = KbRules.require(Requests.actor(ctx), KbRules.Use.SIMILAR_TO_TEXT);
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    String text = TextRules.optional(in.text("text"), "text", "诉求内容", TextRules.CONTENT_MAX);
    String address = TextRules.optional(in.text("address"), "address", "地址", TextRules.ADDRESS_MAX);
    Long limit = in.longValue("limit", "数量");
    int n = limit == null ? 5 : (int) Math.max(1, Math.min(KbSearchService.SIMILAR_MAX, limit));
    var hits = kb.search().similarToText(text, address, n); // the n most similar, then open first
    List<JsonObject> visible = new ArrayList<>();
    for (var s : hits) {
      try {
        var t = tickets.get(new TicketId(s.ticketId()), actor);
        visible.add(
            KbJson.similar(s)
                .put("status", t.status().name())
                .put("statusLabel", t.status().label())
                .put("open", t.status().open()));
      } catch (DomainException e) {
        // gone or not visible to this actor: not listed
      }
    }
    visible.sort(Comparator.comparing((JsonObject j) -> !j.getBoolean("open")));
    Requests.ok(ctx, new JsonObject().put("items", new JsonArray(visible)));
  }

  private static long id(RoutingContext ctx) {
    return Requests.longParam(ctx, "id", "知识条目");
  }

  /** JSON shapes of the kb API. */
  static final class KbJson {
    private KbJson() {}

    static JsonObject hit(SearchHit h) {
      return new JsonObject()
          .put("id", h.articleId())
          .put("code", h.code())
          .put("title", h.title())
          .put("highlightedTitle", h.highlightedTitle())
          .put("category", h.category())
          .put("score", Math.round(h.score() * 1000) / 1000.0)
          .put("snippets", new JsonArray(h.snippets()));
    }

    /** A similar ticket (相似工单) as {@code GET /tickets/{id}/similar} lists it. */
    static JsonObject similar(SimilarTicket s) {
      return new JsonObject()
          .put("id", s.ticketId())
          .put("no", s.ticketNo())
          .put("categoryId", s.categoryId())
          .put("createdAt", s.createdAt().toString())
          .put("score", s.score())
          .put("snippet", s.snippet());
    }

    static JsonObject article(Article a, boolean withBody) {
      JsonObject o =
          new JsonObject()
              .put("id", a.id())
              .put("code", a.code())
              .put("title", a.content().title())
              .put("category", a.content().category())
              .put("keywords", new JsonArray(a.content().keywords()))
              .put(
                  "validFrom",
                  a.content().validFrom() == null ? null : a.content().validFrom().toString())
              .put(
                  "validTo",
                  a.content().validTo() == null ? null : a.content().validTo().toString())
              .put("status", a.status().name())
              .put("statusLabel", a.status().label())
              .put("version", a.version())
              .put("createdAt", a.createdAt().toString())
              .put("updatedAt", a.updatedAt().toString())
              .put("updatedBy", a.updatedBy());
      return withBody
          ? o.put("body", a.content().body())
              .put("noticeItems", NoticeJson.items(NoticeChecklist.items(a.content().body())))
          : o;
    }

    static JsonObject version(ArticleVersion v) {
      return new JsonObject()
          .put("version", v.version())
          .put("title", v.content().title())
          .put("body", v.content().body())
          .put("category", v.content().category())
          .put("keywords", new JsonArray(v.content().keywords()))
          .put("status", v.status().name())
          .put("statusLabel", v.status().label())
          .put("author", v.author())
          .put("at", v.at().toString());
    }
  }
}
