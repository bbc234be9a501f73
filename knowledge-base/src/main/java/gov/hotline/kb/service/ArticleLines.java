package gov.hotline.kb.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.hotline.core.error.DomainException;
import gov.hotline.kb.domain.ArticleContent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads articles in JSON Lines, the schema of the sample knowledge base: one object per line with
 * {@code id} (kept as the article's code), {@code title}, {@code category}, {@code keywords},
 * {@code body}, and optionally {@code validFrom}/{@code validTo}. A bad line is a 400 naming the
 * line.
 */
public final class ArticleLines {
  public static final int MAX_LINES = 10_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleLines() {}

  /** One imported article: its code and content. */
  public record Line(String code, ArticleContent content) {}

  public static List<Line> parse(String text) {
    List<Line> out = new ArrayList<>();
    String[] lines = text == null ? new String[0] : text.split("\r?\n");
    int n = 0;
    for (String raw : lines) {
      n++;
      if (raw.isBlank()) {
        continue;
      }
      if (out.size() >= MAX_LINES) {
        throw DomainException.invalid("IMPORT_TOO_LARGE", "一次最多导入 " + MAX_LINES + " 条知识");
      }
      out.add(parseLine(raw, n));
    }
    if (out.isEmpty()) {
      throw DomainException.invalid("EMPTY_IMPORT", "导入内容为空：请提交 JSON Lines，每行一条知识");
    }
    return out;
  }

  private static Line parseLine(String raw, int n) {
    JsonNode node;
    try {
      node = JSON.readTree(raw);
    } catch (IOException e) {
      throw DomainException.invalid("INVALID_JSON_LINE", "第 " + n + " 行不是合法的 JSON");
    }
    if (node == null || !node.isObject()) {
      throw DomainException.invalid("INVALID_JSON_LINE", "第 " + n + " 行必须是 JSON 对象");
    }
    try {
      String code = ArticleCodes.check(text(node, "id", n));
      List<String> keywords = new ArrayList<>();
      JsonNode kw = node.get("keywords");
      if (kw != null && !kw.isNull()) {
        if (!kw.isArray()) {
          throw DomainException.invalid("INVALID_FIELD_TYPE", "keywords 应为字符串数组");
        }
        kw.forEach(k -> keywords.add(k.asText()));
      }
      ArticleContent c =
          ArticleContent.of(
              text(node, "title", n),
              text(node, "body", n),
              text(node, "category", n),
              keywords,
              Dates.parse(text(node, "validFrom", n), "validFrom"),
              Dates.parse(text(node, "validTo", n), "validTo"));
      return new Line(code, c);
    } catch (DomainException e) {
      throw new DomainException(e.kind(), e.code(), "第 " + n + " 行：" + e.getMessage());
    }
  }

  private static String text(JsonNode node, String field, int n) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isValueNode()) {
      throw DomainException.invalid("INVALID_FIELD_TYPE", "字段 " + field + " 类型不正确：应为字符串");
    }
    return v.asText();
  }
}
