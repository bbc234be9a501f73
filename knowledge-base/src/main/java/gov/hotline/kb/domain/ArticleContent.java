package gov.hotline.kb.domain;

import gov.hotline.core.error.DomainException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What an editor writes for a knowledge-base article (知识条目): title, body, category, keywords and
 * the validity period. Text is stored as written (HTML is never interpreted, only escaped on
 * output).
 */
public record ArticleContent(
    String title,
    String body,
    String category,
    List<String> keywords,
    LocalDate validFrom,
    LocalDate validTo) {
  public static final int TITLE_MAX = 200;
  public static final int BODY_MAX = 20_000;
  public static final int CATEGORY_MAX = 50;
  public static final int KEYWORD_MAX = 50;
  public static final int KEYWORDS_MAX = 50;

  public ArticleContent {
    keywords = List.copyOf(keywords);
    Objects.requireNonNull(title);
    Objects.requireNonNull(body);
  }

  /**
   * Checks and normalises editor input; every problem becomes a 400 with a Chinese message naming
   * the field.
   */
  public static ArticleContent of(
      String title,
      String body,
      String category,
      List<String> keywords,
      LocalDate validFrom,
      LocalDate validTo) {
    String t = required(title, "title", "标题", TITLE_MAX);
    String b = required(body, "body", "正文", BODY_MAX);
    String c = optional(category, "category", "分类", CATEGORY_MAX);
    LinkedHashSet<String> kws = new LinkedHashSet<>();
    for (String k : keywords == null ? List.<String>of() : keywords) {
      String v = optional(k, "keywords", "关键词", KEYWORD_MAX);
      if (v != null) {
        kws.add(v);
      }
    }
    if (kws.size() > KEYWORDS_MAX) {
      throw DomainException.invalid("TOO_MANY_KEYWORDS", "关键词过多：最多 " + KEYWORDS_MAX + " 个");
    }
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      throw DomainException.invalid("INVALID_VALIDITY", "有效期结束日期（validTo）不能早于开始日期（validFrom）");
    }
    return new ArticleContent(t, b, c == null ? "" : c, new ArrayList<>(kws), validFrom, validTo);
  }

  private static String required(String v, String field, String label, int max) {
    if (v == null || v.isBlank()) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：" + label + "（" + field + "）");
    }
    return optional(v, field, label, max);
  }

  private static String optional(String v, String field, String label, int max) {
    if (v == null || v.isBlank()) {
      return null;
    }
    String s = v.strip();
    if (s.codePointCount(0, s.length()) > max) {
      throw DomainException.invalid(
          "FIELD_TOO_LONG", label + "（" + field + "）过长：最多 " + max + " 个字符");
    }
    return s;
  }
}
