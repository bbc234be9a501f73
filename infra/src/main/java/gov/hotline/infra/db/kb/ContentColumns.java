package gov.hotline.infra.db.kb;

import static gov.hotline.infra.db.schema.kb.Tables.ARTICLE;
import static gov.hotline.infra.db.schema.kb.Tables.ARTICLE_DRAFT;
import static gov.hotline.infra.db.schema.kb.Tables.ARTICLE_VERSION;

import gov.hotline.kb.domain.ArticleContent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Record;

/**
 * The six columns of an article's content, which the article, each kept version and the draft
 * waiting for review all carry: one place that writes them and reads them back.
 */
record ContentColumns(
    Field<String> title,
    Field<String> body,
    Field<String> category,
    Field<String[]> keywords,
    Field<LocalDate> validFrom,
    Field<LocalDate> validTo) {

  static final ContentColumns OF_ARTICLE =
      new ContentColumns(
          ARTICLE.TITLE,
          ARTICLE.BODY,
          ARTICLE.CATEGORY,
          ARTICLE.KEYWORDS,
          ARTICLE.VALID_FROM,
          ARTICLE.VALID_TO);
  static final ContentColumns OF_VERSION =
      new ContentColumns(
          ARTICLE_VERSION.TITLE,
          ARTICLE_VERSION.BODY,
          ARTICLE_VERSION.CATEGORY,
          ARTICLE_VERSION.KEYWORDS,
          ARTICLE_VERSION.VALID_FROM,
          ARTICLE_VERSION.VALID_TO);
  static final ContentColumns OF_DRAFT =
      new ContentColumns(
          ARTICLE_DRAFT.TITLE,
          ARTICLE_DRAFT.BODY,
          ARTICLE_DRAFT.CATEGORY,
          ARTICLE_DRAFT.KEYWORDS,
          ARTICLE_DRAFT.VALID_FROM,
          ARTICLE_DRAFT.VALID_TO);

  /** The content as column values, for an insert's or an update's {@code set(Map)}. */
  Map<Field<?>, Object> values(ArticleContent c) {
    Map<Field<?>, Object> v = new LinkedHashMap<>();
    v.put(title, c.title());
    v.put(body, c.body());
    v.put(category, c.category());
    v.put(keywords, c.keywords().toArray(String[]::new));
    v.put(validFrom, c.validFrom());
    v.put(validTo, c.validTo());
    return v;
  }

  /** The content a row holds (taken as stored: it was validated when written). */
  ArticleContent read(Record r) {
    return new ArticleContent(
        r.get(title),
        r.get(body),
        r.get(category),
        Arrays.asList(r.get(keywords)),
        r.get(validFrom),
        r.get(validTo));
  }
}
