package gov.hotline.infra.db.kb;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.kb.ContentColumns.OF_ARTICLE;
import static gov.hotline.infra.db.kb.ContentColumns.OF_DRAFT;
import static gov.hotline.infra.db.kb.ContentColumns.OF_VERSION;
import static gov.hotline.infra.db.schema.kb.Sequences.ARTICLE_CODE_SEQ;
import static gov.hotline.infra.db.schema.kb.Tables.ARTICLE;
import static gov.hotline.infra.db.schema.kb.Tables.ARTICLE_DRAFT;
import static gov.hotline.infra.db.schema.kb.Tables.ARTICLE_VERSION;

import gov.hotline.core.error.DomainException;
import gov.hotline.infra.db.schema.kb.tables.records.ArticleDraftRecord;
import gov.hotline.infra.db.schema.kb.tables.records.ArticleRecord;
import gov.hotline.infra.db.schema.kb.tables.records.ArticleVersionRecord;
import gov.hotline.kb.domain.Article;
import gov.hotline.kb.domain.ArticleDraft;
import gov.hotline.kb.domain.ArticleFilter;
import gov.hotline.kb.domain.ArticleStatus;
import gov.hotline.kb.domain.ArticleVersion;
import gov.hotline.kb.port.ArticleRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/** jOOQ implementation of {@link ArticleRepository}: the article row holds the current version. */
final class JooqArticleRepository implements ArticleRepository {
  private final DSLContext db;

  JooqArticleRepository(DSLContext db) {
    this.db = db;
  }

  @Override
  public long insert(Article a) {
    long id;
    try {
      id =
          db.insertInto(ARTICLE)
              .set(OF_ARTICLE.values(a.content()))
              .set(ARTICLE.CODE, a.code())
              .set(ARTICLE.STATUS, a.status().name())
              .set(ARTICLE.VERSION, a.version())
              .set(ARTICLE.CREATED_AT, offset(a.createdAt()))
              .set(ARTICLE.UPDATED_AT, offset(a.updatedAt()))
              .set(ARTICLE.UPDATED_BY, a.updatedBy())
              .returning(ARTICLE.ID)
              .fetchOne(ARTICLE.ID);
    } catch (IntegrityConstraintViolationException e) {
      throw DomainException.conflict("DUPLICATE_CODE", "知识编号已存在：" + a.code());
    }
    appendVersion(a.withId(id).asVersion());
    return id;
  }

  @Override
  public void update(Article a) {
    int rows =
        db.update(ARTICLE)
            .set(OF_ARTICLE.values(a.content()))
            .set(ARTICLE.STATUS, a.status().name())
            .set(ARTICLE.VERSION, a.version())
            .set(ARTICLE.UPDATED_AT, offset(a.updatedAt()))
            .set(ARTICLE.UPDATED_BY, a.updatedBy())
            .where(ARTICLE.ID.eq(a.id()), ARTICLE.VERSION.eq(a.version() - 1))
            .execute();
    if (rows == 0) {
      throw DomainException.conflict("STALE_VERSION", "知识条目已被他人修改，请刷新后重试：" + a.code());
    }
    appendVersion(a.asVersion());
  }

  private void appendVersion(ArticleVersion v) {
    db.insertInto(ARTICLE_VERSION)
        .set(OF_VERSION.values(v.content()))
        .set(ARTICLE_VERSION.ARTICLE_ID, v.articleId())
        .set(ARTICLE_VERSION.VERSION, v.version())
        .set(ARTICLE_VERSION.STATUS, v.status().name())
        .set(ARTICLE_VERSION.AUTHOR, v.author())
        .set(ARTICLE_VERSION.AT, offset(v.at()))
        .execute();
  }

  @Override
  public Optional<Article> find(long id) {
    return db.selectFrom(ARTICLE)
        .where(ARTICLE.ID.eq(id))
        .fetchOptional()
        .map(JooqArticleRepository::map);
  }

  @Override
  public Optional<Article> findByCode(String code) {
    return db.selectFrom(ARTICLE)
        .where(ARTICLE.CODE.eq(code))
        .fetchOptional()
        .map(JooqArticleRepository::map);
  }

  @Override
  public Optional<Article> findForUpdate(long id) {
    return db.selectFrom(ARTICLE)
        .where(ARTICLE.ID.eq(id))
        .forUpdate()
        .fetchOptional()
        .map(JooqArticleRepository::map);
  }

  @Override
  public List<ArticleVersion> versions(long articleId) {
    return db.selectFrom(ARTICLE_VERSION)
        .where(ARTICLE_VERSION.ARTICLE_ID.eq(articleId))
        .orderBy(ARTICLE_VERSION.VERSION.desc())
        .fetch(JooqArticleRepository::mapVersion);
  }

  @Override
  public ArticlePage list(ArticleFilter f) {
    List<Condition> where = new ArrayList<>();
    if (f.status() != null) {
      where.add(ARTICLE.STATUS.eq(f.status().name()));
    }
    if (f.category() != null) {
      where.add(ARTICLE.CATEGORY.eq(f.category()));
    }
    if (f.text() != null) {
      String like =
          "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      where.add(ARTICLE.TITLE.like(like, '\\').or(ARTICLE.CODE.likeIgnoreCase(like, '\\')));
    }
    Condition c = DSL.and(where);
    long total = db.fetchCount(ARTICLE, c);
    List<Article> items =
        db.selectFrom(ARTICLE)
            .where(c)
            .orderBy(ARTICLE.UPDATED_AT.desc(), ARTICLE.ID.desc())
            .limit(f.size())
            .offset(f.offset())
            .fetch(JooqArticleRepository::map);
    return new ArticlePage(total, items);
  }

  @Override
  public List<Article> after(long afterId, int limit) {
    return db.selectFrom(ARTICLE)
        .where(ARTICLE.ID.gt(afterId))
        .orderBy(ARTICLE.ID)
        .limit(limit)
        .fetch(JooqArticleRepository::map);
  }

  @Override
  public Optional<ArticleDraft> draft(long articleId) {
    return db.selectFrom(ARTICLE_DRAFT)
        .where(ARTICLE_DRAFT.ARTICLE_ID.eq(articleId))
        .fetchOptional()
        .map(JooqArticleRepository::mapDraft);
  }

  @Override
  public void saveDraft(ArticleDraft d) {
    Map<Field<?>, Object> values = OF_DRAFT.values(d.content());
    values.put(ARTICLE_DRAFT.BASE_VERSION, d.baseVersion());
    values.put(ARTICLE_DRAFT.AUTHOR, d.author());
    values.put(ARTICLE_DRAFT.AT, offset(d.at()));
    db.insertInto(ARTICLE_DRAFT)
        .set(values)
        .set(ARTICLE_DRAFT.ARTICLE_ID, d.articleId())
        .onConflict(ARTICLE_DRAFT.ARTICLE_ID)
        .doUpdate()
        .set(values) // a newer edit replaces the waiting one
        .execute();
  }

  @Override
  public boolean deleteDraft(long articleId) {
    return db.deleteFrom(ARTICLE_DRAFT).where(ARTICLE_DRAFT.ARTICLE_ID.eq(articleId)).execute() > 0;
  }

  @Override
  public List<ArticleDraft> drafts(int limit) {
    return db.selectFrom(ARTICLE_DRAFT)
        .orderBy(ARTICLE_DRAFT.AT, ARTICLE_DRAFT.ARTICLE_ID)
        .limit(limit)
        .fetch(JooqArticleRepository::mapDraft);
  }

  private static ArticleDraft mapDraft(ArticleDraftRecord r) {
    return new ArticleDraft(
        r.getArticleId(), r.getBaseVersion(), OF_DRAFT.read(r), r.getAuthor(), instant(r.getAt()));
  }

  @Override
  public String nextCode() {
    return String.format("KB-A%05d", db.nextval(ARTICLE_CODE_SEQ));
  }

  private static Article map(ArticleRecord r) {
    return new Article(
        r.getId(),
        r.getCode(),
        OF_ARTICLE.read(r),
        ArticleStatus.valueOf(r.getStatus()),
        r.getVersion(),
        instant(r.getCreatedAt()),
        instant(r.getUpdatedAt()),
        r.getUpdatedBy());
  }

  private static ArticleVersion mapVersion(ArticleVersionRecord r) {
    return new ArticleVersion(
        r.getArticleId(),
        r.getVersion(),
        OF_VERSION.read(r),
        ArticleStatus.valueOf(r.getStatus()),
        r.getAuthor(),
        instant(r.getAt()));
  }
}
