package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.error.DomainException;
import gov.hotline.infra.kb.KnowledgeBase;
import gov.hotline.kb.domain.Article;
import gov.hotline.kb.domain.ArticleDraft;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /api/v1/kb}: the review step (审核发布) for editors and reviewers (班长, 系统管理员): the queue of
 * edits waiting for review, one draft beside its published version, and throwing a draft away.
 * Publishing is {@code POST /kb/articles/{id}/publish}, refused to the draft's author.
 */
public final class KbReviewRoutes {
  private final KnowledgeBase kb;

  public KbReviewRoutes(KnowledgeBase kb) {
    this.kb = kb;
  }

  public void mount(Router api) {
    api.get("/kb/review").handler(handle(this::queue));
    api.get("/kb/articles/:id/draft").handler(handle(this::draft));
    api.delete("/kb/articles/:id/draft").handler(handle(this::discard));
  }

  private void queue(RoutingContext ctx) {
    var actor = Requests.actor(ctx);
    int limit = Math.max(1, Math.min(500, Requests.intQuery(ctx, "limit", 200)));
    JsonArray items = new JsonArray();
    for (ArticleDraft d : kb.articles().reviewQueue(actor, limit)) {
      Article live = kb.articles().get(d.articleId(), actor);
      items.add(
          new JsonObject()
              .put("articleId", d.articleId())
              .put("code", live.code())
              .put("title", d.content().title())
              .put("liveTitle", live.content().title())
              .put("baseVersion", d.baseVersion())
              .put("author", d.author())
              .put("at", d.at().toString())
              .put("mine", d.author().equals(actor.username())));
    }
    Requests.ok(ctx, new JsonObject().put("items", items));
  }

  private void draft(RoutingContext ctx) {
    long id = Requests.longParam(ctx, "id", "知识条目");
    var actor = Requests.actor(ctx);
    ArticleDraft d =
        kb.articles()
            .draft(id, actor)
            .orElseThrow(() -> DomainException.notFound("DRAFT_NOT_FOUND", "该知识条目没有待审核的草稿：" + id));
    Requests.ok(ctx, withDraft(kb.articles().get(id, actor), d));
  }

  private void discard(RoutingContext ctx) {
    long id = Requests.longParam(ctx, "id", "知识条目");
    kb.articles().discardDraft(id, Requests.actor(ctx));
    Requests.ok(
        ctx, new JsonObject().put("id", id).put("discarded", true).put("message", "草稿已删除，已发布版本不变"));
  }

  /** The published article with the edit waiting for review beside it. */
  static JsonObject withDraft(Article live, ArticleDraft d) {
    var c = d.content();
    return KbRoutes.KbJson.article(live, true)
        .put("pendingReview", true)
        .put(
            "draft",
            new JsonObject()
                .put("baseVersion", d.baseVersion())
                .put("title", c.title())
                .put("body", c.body())
                .put("category", c.category())
                .put("keywords", new JsonArray(c.keywords()))
                .put("validFrom", c.validFrom() == null ? null : c.validFrom().toString())
                .put("validTo", c.validTo() == null ? null : c.validTo().toString())
                .put("author", d.author())
                .put("at", d.at().toString()));
  }
}
