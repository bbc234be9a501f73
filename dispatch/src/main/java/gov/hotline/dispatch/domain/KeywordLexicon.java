package gov.hotline.dispatch.domain;

import gov.hotline.core.id.CategoryId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keywords for catalogue entries (派单目录关键词): per category, or per entry picked by a fragment of its
 * condition. The shipped defaults ({@code default-keywords.txt}) are merged into imported entries;
 * admins edit them afterwards.
 */
public final class KeywordLexicon {
  private record Line(String category, String fragment, List<String> words) {}

  private final List<Line> lines;

  private KeywordLexicon(List<Line> lines) {
    this.lines = List.copyOf(lines);
  }

  public static KeywordLexicon defaults() {
    try (InputStream in = KeywordLexicon.class.getResourceAsStream("default-keywords.txt")) {
      if (in == null) {
        throw new IllegalStateException("default-keywords.txt missing from the class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static KeywordLexicon empty() {
    return new KeywordLexicon(List.of());
  }

  /**
   * Parses lines {@code CAT[ fragment]: word word …}; blank lines and {@code #} comments are
   * skipped.
   */
  public static KeywordLexicon parse(String text) {
    List<Line> out = new ArrayList<>();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      int colon = line.indexOf(':');
      if (line.isEmpty() || line.startsWith("#") || colon < 0) {
        continue;
      }
      String[] head = line.substring(0, colon).strip().split("\\s+", 2);
      List<String> words =
          Arrays.stream(line.substring(colon + 1).strip().split("\\s+"))
              .filter(w -> !w.isBlank())
              .toList();
      out.add(new Line(head[0], head.length > 1 ? head[1].strip() : null, words));
    }
    return new KeywordLexicon(out);
  }

  /**
   * The words for an entry of {@code category} with {@code condition}: category lines, then
   * matching entry lines.
   */
  public List<String> wordsFor(CategoryId category, String condition) {
    Set<String> words = new LinkedHashSet<>();
    for (Line l : lines) {
      if (l.category().equals(category.value())
          && (l.fragment() == null || (condition != null && condition.contains(l.fragment())))) {
        words.addAll(l.words());
      }
    }
    return List.copyOf(words);
  }

  /**
   * The words an entry gets on import: the parts of its category's name (环境卫生与垃圾清运 → 环境卫生, 垃圾清运),
   * the phrases of its condition (居住区、村庄 … → 居住区, 村庄), and the lexicon's words.
   */
  public List<String> keywordsOf(CategoryId category, String categoryName, String condition) {
    Set<String> words = new LinkedHashSet<>(phrases(categoryName));
    words.addAll(phrases(condition));
    words.addAll(wordsFor(category, condition));
    return List.copyOf(words);
  }

  static List<String> phrases(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("[、，,；;（）()与和及/]"))
        .map(s -> s.strip().replaceFirst("等.*$", ""))
        .filter(s -> s.length() >= 2 && s.length() <= 8)
        .toList();
  }
}
