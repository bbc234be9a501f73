package gov.hotline.kb.domain;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.user.Actor;
import java.time.Instant;
import java.util.Optional;

/**
 * The review step of the knowledge base (审核发布, four eyes): an edit never goes live by itself.
 * Editing a published article keeps it live and stores the edit as a draft waiting for review; an
 * unpublished article is edited in place (nobody searches it). Publishing needs a reviewer who is
 * not the author of what is published.
 */
public final class ArticleReview {
  private ArticleReview() {}

  /**
   * What an edit produces: either the next version of an unpublished article, or a draft of a
   * published one.
   */
  public record Edit(Article next, ArticleDraft draft) {
    public boolean pendingReview() {
      return draft != null;
    }
  }

  public static Edit edit(Article current, ArticleContent content, Actor actor, Instant at) {
    KbRules.requireEditor(actor);
    if (current.status() == ArticleStatus.PUBLISHED) {
      return new Edit(
          null, new ArticleDraft(current.id(), current.version(), content, actor.username(), at));
    }
    return new Edit(current.next(content, current.status(), actor.username(), at), null);
  }

  /**
   * The published next version: the pending draft's content when there is one, else the article's
   * own content (a new or retired article). Refused to the author of that content and to roles that
   * do not review.
   */
  public static Article publish(
      Article current, Optional<ArticleDraft> draft, Actor actor, Instant at) {
    if (draft.isPresent()) {
      KbRules.requireReviewer(actor, draft.get().author());
      if (draft.get().baseVersion() != current.version()) {
        throw DomainException.conflict(
            "STALE_DRAFT",
            "草稿基于第 "
                + draft.get().baseVersion()
                + " 版，而条目已是第 "
                + current.version()
                + " 版；请重新编辑后再提交审核");
      }
      return current.next(draft.get().content(), ArticleStatus.PUBLISHED, actor.username(), at);
    }
    ArticleStatus to = KbRules.change(current.status(), ArticleStatus.PUBLISHED);
    KbRules.requireReviewer(actor, current.updatedBy());
    return current.next(current.content(), to, actor.username(), at);
  }
}
