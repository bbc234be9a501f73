package gov.hotline.kb.port;

import gov.hotline.kb.domain.Article;
import gov.hotline.kb.domain.ArticleDraft;
import gov.hotline.kb.domain.ArticleFilter;
import gov.hotline.kb.domain.ArticleVersion;
import java.util.List;
import java.util.Optional;

/**
 * Storage of articles (知识条目) and their append-only versions; the source of truth for the search
 * index.
 */
public interface ArticleRepository {
  /**
   * Stores a new article and its first version; returns the id. Fails with CONFLICT when the code
   * exists.
   */
  long insert(Article article);

  /**
   * Stores the next version of an article (its {@code version} is one more than the stored one) and
   * appends it to the versions; fails with CONFLICT when someone else changed the article
   * meanwhile.
   */
  void update(Article article);

  Optional<Article> find(long id);

  Optional<Article> findByCode(String code);

  /** Locks the article row until the transaction ends. */
  Optional<Article> findForUpdate(long id);

  List<ArticleVersion> versions(long articleId);

  /** One page of the editors' list, newest edits first. */
  ArticlePage list(ArticleFilter filter);

  /**
   * Articles with an id above {@code afterId}, ascending, at most {@code limit} (for rebuilding the
   * index).
   */
  List<Article> after(long afterId, int limit);

  /** The edit of a published article waiting for review, if any (at most one per article). */
  Optional<ArticleDraft> draft(long articleId);

  /** Stores the pending draft of an article, replacing an earlier one. */
  void saveDraft(ArticleDraft draft);

  /** Removes the pending draft; false when there was none. */
  boolean deleteDraft(long articleId);

  /** Drafts waiting for review, oldest first, at most {@code limit}. */
  List<ArticleDraft> drafts(int limit);

  /** A fresh code for an article created without one (KB-A00001 …). */
  String nextCode();

  /** A page of articles and the total count of the filter. */
  record ArticlePage(long total, List<Article> items) {}
}
