package gov.hotline.kb.support;

import gov.hotline.kb.domain.Article;
import gov.hotline.kb.domain.ArticleContent;
import gov.hotline.kb.domain.ArticleStatus;
import gov.hotline.kb.service.ArticleLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test articles: a builder, and the sample knowledge base from the test resources. */
public final class Articles {
  private static final Instant T0 = Instant.parse("2026-11-20T01:00:00Z");

  private long id = 1;
  private String code = "KB0001";
  private String title = "标题";
  private String body = "正文";
  private String category = "综合";
  private List<String> keywords = List.of();
  private LocalDate validFrom;
  private LocalDate validTo;
  private ArticleStatus status = ArticleStatus.PUBLISHED;

  public static Articles anArticle(long id) {
    Articles a = new Articles();
    a.id = id;
    a.code = "KB" + (1000 + id);
    return a;
  }

  public Articles title(String t) {
    title = t;
    return this;
  }

  public Articles body(String b) {
    body = b;
    return this;
  }

  public Articles category(String c) {
    category = c;
    return this;
  }

  public Articles keywords(String... k) {
    keywords = List.of(k);
    return this;
  }

  public Articles valid(LocalDate from, LocalDate to) {
    validFrom = from;
    validTo = to;
    return this;
  }

  public Articles status(ArticleStatus s) {
    status = s;
    return this;
  }

  public Article build() {
    return new Article(
        id,
        code,
        ArticleContent.of(title, body, category, keywords, validFrom, validTo),
        status,
        1,
        T0,
        T0,
        "lead1");
  }

  /** The 30 sample articles (kb-sample/articles.jsonl), published, ids from 1. */
  public static List<Article> sample() {
    List<Article> out = new ArrayList<>();
    long id = 1;
    for (var line : ArticleLines.parse(resource("/kb-sample/articles.jsonl"))) {
      out.add(
          new Article(
              id++, line.code(), line.content(), ArticleStatus.PUBLISHED, 1, T0, T0, "import"));
    }
    return out;
  }

  public static String resource(String name) {
    try (InputStream in = Articles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
