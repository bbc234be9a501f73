package gov.hotline.kb.service;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.user.Actor;
import gov.hotline.kb.domain.Article;
import gov.hotline.kb.domain.ArticleContent;
import gov.hotline.kb.domain.ArticleDraft;
import gov.hotline.kb.domain.ArticleFilter;
import gov.hotline.kb.domain.ArticleReview;
import gov.hotline.kb.domain.ArticleStatus;
import gov.hotline.kb.domain.ArticleVersion;
import gov.hotline.kb.domain.KbRules;
import gov.hotline.kb.port.ArticleRepository;
import gov.hotline.kb.port.KbTransactions;
import gov.hotline.kb.port.KnowledgeIndex;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Article use cases (知识条目的编辑、发布、下架、导入): plain Java, blocking, one transaction each; the search
 * index is updated after the commit, so a search right after an edit sees it (the database stays
 * the source of truth).
 */
public final class ArticleService {
  private final KbTransactions tx;
  private final KnowledgeIndex index;
  private final Clock clock;

  public ArticleService(KbTransactions tx, KnowledgeIndex index, Clock clock) {
    this.tx = tx;
    this.index = index;
    this.clock = clock;
  }

  /**
   * Creates a draft; {@code code} may be null (one is assigned). It goes live only when another
   * person reviews and publishes it ({@link ArticleReview}), so {@code publish} asks for nothing
   * more than a draft: kept for callers that still send it.
   */
  public Article create(String code, ArticleContent content, boolean publish, Actor actor) {
    KbRules.requireEditor(actor);
    Instant now = clock.instant();
    Article stored =
        tx.inTransaction(
            r -> {
              String c =
                  code == null || code.isBlank()
                      ? r.articles().nextCode()
                      : ArticleCodes.check(code);
              if (r.articles().findByCode(c).isPresent()) {
                throw DomainException.conflict("DUPLICATE_CODE", "知识编号已存在：" + c);
              }
              Article a =
                  new Article(0, c, content, ArticleStatus.DRAFT, 1, now, now, actor.username());
              return a.withId(r.articles().insert(a));
            });
    index.indexArticles(List.of(stored));
    return stored;
  }

  /**
   * Edits an article: a published one stays live and the edit waits for review as its draft; an
   * unpublished one gets a new version in place. {@code expectedVersion} guards against lost edits.
   */
  public ArticleReview.Edit update(
      long id, ArticleContent content, Integer expectedVersion, Actor actor) {
    KbRules.requireEditor(actor);
    ArticleReview.Edit edit =
        tx.inTransaction(
            r -> {
              Article current = locked(r.articles(), id);
              if (expectedVersion != null && expectedVersion != current.version()) {
                throw DomainException.conflict(
                    "STALE_VERSION", "知识条目已被他人修改（当前版本 " + current.version() + "），请刷新后重试");
              }
              ArticleReview.Edit e = ArticleReview.edit(current, content, actor, clock.instant());
              if (e.pendingReview()) {
                r.articles().saveDraft(e.draft());
              } else {
                r.articles().update(e.next());
              }
              return e;
            });
    if (!edit.pendingReview()) {
      index.indexArticles(List.of(edit.next()));
    }
    return edit;
  }

  /**
   * Publishes the pending draft, or the unpublished article itself, as a reviewer other than its
   * author.
   */
  public Article publish(long id, Actor actor) {
    Article next =
        tx.inTransaction(
            r -> {
              Article current = locked(r.articles(), id);
              var draft = r.articles().draft(id);
              Article n = ArticleReview.publish(current, draft, actor, clock.instant());
              r.articles().update(n);
              draft.ifPresent(d -> r.articles().deleteDraft(id));
              return n;
            });
    index.indexArticles(List.of(next)); // the one hook: the index holds only what is published
    return next;
  }

  /** The edit waiting for review, if any (editors and reviewers only). */
  public Optional<ArticleDraft> draft(long id, Actor actor) {
    KbRules.requireEditor(actor);
    stored(id);
    return tx.inTransaction(r -> r.articles().draft(id));
  }

  /** Drafts of published articles waiting for review, oldest first. */
  public List<ArticleDraft> reviewQueue(Actor actor, int limit) {
    KbRules.requireEditor(actor);
    return tx.inTransaction(r -> r.articles().drafts(limit));
  }

  /**
   * Throws a pending draft away (the reviewer rejects it, or the author withdraws it); the live
   * version stays.
   */
  public void discardDraft(long id, Actor actor) {
    KbRules.requireEditor(actor);
    boolean deleted =
        tx.inTransaction(
            r -> {
              locked(r.articles(), id);
              return r.articles().deleteDraft(id);
            });
    if (!deleted) {
      throw DomainException.notFound("DRAFT_NOT_FOUND", "该知识条目没有待审核的草稿：" + id);
    }
  }

  public Article retire(long id, Actor actor) {
    return changeStatus(id, ArticleStatus.RETIRED, actor);
  }

  private Article changeStatus(long id, ArticleStatus to, Actor actor) {
    KbRules.requireEditor(actor);
    Article next =
        tx.inTransaction(
            r -> {
              Article current = locked(r.articles(), id);
              Article n =
                  current.next(
                      current.content(),
                      KbRules.change(current.status(), to),
                      actor.username(),
                      clock.instant());
              r.articles().update(n);
              return n;
            });
    index.indexArticles(List.of(next));
    return next;
  }

  /** The article, if the actor may read it ({@link KbRules#requireVisible}). */
  public Article get(long id, Actor actor) {
    return KbRules.requireVisible(actor, stored(id));
  }

  /** An article's versions, newest first (editors only). */
  public List<ArticleVersion> versions(long id, Actor actor) {
    KbRules.requireHistoryReader(actor);
    stored(id);
    return tx.inTransaction(r -> r.articles().versions(id));
  }

  /** A page of articles; whoever is not an editor sees only what is published. */
  public ArticleRepository.ArticlePage list(ArticleFilter filter, Actor actor) {
    ArticleFilter f =
        new ArticleFilter(
            KbRules.listedStatus(actor, filter.status()),
            filter.category(),
            filter.text(),
            filter.page(),
            filter.size());
    return tx.inTransaction(r -> r.articles().list(f));
  }

  private Article stored(long id) {
    return tx.inTransaction(r -> r.articles().find(id)).orElseThrow(() -> notFound(id));
  }

  /** What an import did. */
  public record ImportResult(int created, int updated, int unchanged) {}

  /**
   * Imports JSON Lines in one transaction: a new code becomes a published article; a known code
   * gets a new published version (never a duplicate); identical content already published is left
   * as it is.
   */
  public ImportResult importLines(String jsonLines, Actor actor) {
    KbRules.requireEditor(actor);
    List<ArticleLines.Line> lines = ArticleLines.parse(jsonLines);
    Instant now = clock.instant();
    List<Article> touched = new ArrayList<>();
    int[] counts = new int[3];
    tx.inTransaction(
        r -> {
          for (ArticleLines.Line l : lines) {
            var existing = r.articles().findByCode(l.code());
            if (existing.isEmpty()) {
              Article a =
                  new Article(
                      0,
                      l.code(),
                      l.content(),
                      ArticleStatus.PUBLISHED,
                      1,
                      now,
                      now,
                      actor.username());
              touched.add(a.withId(r.articles().insert(a)));
              counts[0]++;
            } else if (existing.get().content().equals(l.content())
                && existing.get().status() == ArticleStatus.PUBLISHED) {
              counts[2]++;
            } else {
              Article n =
                  existing.get().next(l.content(), ArticleStatus.PUBLISHED, actor.username(), now);
              r.articles().update(n);
              touched.add(n);
              counts[1]++;
            }
          }
          return null;
        });
    index.indexArticles(touched);
    return new ImportResult(counts[0], counts[1], counts[2]);
  }

  private static Article locked(ArticleRepository repo, long id) {
    return repo.findForUpdate(id).orElseThrow(() -> notFound(id));
  }

  private static DomainException notFound(long id) {
    return DomainException.notFound("ARTICLE_NOT_FOUND", "知识条目不存在：" + id);
  }
}
