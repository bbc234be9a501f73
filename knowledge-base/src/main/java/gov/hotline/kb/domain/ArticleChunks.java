package gov.hotline.kb.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * An article cut into passages for the embedding model: the head (title and keywords with the
 * opening of the body) and then the body section by section ({@code 【标签】…} lines, {@code 一、标签：…}
 * items or paragraphs), each prefixed with the title so that a section read alone still says what
 * it is about. Short sections are merged; a long article keeps at most {@link #MAX_CHUNKS}
 * passages, so its later sections stay reachable without one vector having to stand for all of it.
 * The search counts an article's best passage.
 */
public final class ArticleChunks {
  /** Passages per article at most (the index keeps one vector each). */
  public static final int MAX_CHUNKS = 12;

  /**
   * Changes whenever the cutting changes, so that stored vectors of the old cutting are recomputed.
   */
  public static final String VERSION = "c1";

  static final int TARGET = 160;
  static final int HEAD_BODY = 80;

  private ArticleChunks() {}

  public static List<String> of(ArticleContent c) {
    String title = c.title().strip();
    List<String> out = new ArrayList<>();
    StringBuilder head = new StringBuilder(title);
    if (!c.keywords().isEmpty()) {
      head.append("。").append(String.join("，", c.keywords()));
    }
    String body = c.body().strip();
    head.append("。").append(body, 0, Math.min(body.length(), HEAD_BODY));
    out.add(head.toString());
    List<String> sections = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : body.split("\\R+")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      for (String piece : pieces(l)) {
        if (cur.length() > 0 && cur.length() + piece.length() > TARGET) {
          sections.add(cur.toString());
          cur.setLength(0);
        }
        cur.append(cur.length() > 0 ? " " : "").append(piece);
      }
    }
    if (cur.length() > 0) {
      sections.add(cur.toString());
    }
    // a long article: merge neighbours until it fits, the head stays alone
    while (sections.size() > MAX_CHUNKS - 1) {
      int best = 0;
      for (int i = 1; i + 1 < sections.size(); i++) {
        if (sections.get(i).length() + sections.get(i + 1).length()
            < sections.get(best).length() + sections.get(best + 1).length()) {
          best = i;
        }
      }
      sections.set(best, sections.get(best) + " " + sections.remove(best + 1));
    }
    for (String s : sections) {
      out.add(title + "：" + s);
    }
    return out;
  }

  /** A line longer than the target split at sentence ends. */
  private static List<String> pieces(String line) {
    if (line.length() <= TARGET) {
      return List.of(line);
    }
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      cur.append(ch);
      boolean end = ch == '。' || ch == '；' || ch == '！' || ch == '？' || ch == ';';
      if ((end && cur.length() >= TARGET / 2) || cur.length() >= TARGET) {
        out.add(cur.toString());
        cur.setLength(0);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }
}
