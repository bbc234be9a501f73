package gov.hotline.kb.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Highlighting done by the application, so that both engines show the same: the text is
 * HTML-escaped, and the matched terms are wrapped in {@code <em>}. Snippets are the lines of a body
 * with the most matched characters, shortened around the first match.
 */
public final class Snippets {
  public static final int SNIPPET_CHARS = 100;

  private Snippets() {}

  /** The whole text, escaped, with matches marked. */
  public static String highlight(String text, Collection<String> terms) {
    boolean[] marks = marks(text, terms);
    return render(text, marks, 0, text.length());
  }

  /** Up to {@code max} snippets of a body: the best matching lines in document order. */
  public static List<String> snippets(String body, Collection<String> terms, int max) {
    boolean[] marks = marks(body, terms);
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= body.length(); i++) {
      if (i == body.length() || body.charAt(i) == '\n') {
        if (i > start && !body.substring(start, i).isBlank()) {
          lines.add(new int[] {start, i, count(marks, start, i)});
        }
        start = i + 1;
      }
    }
    List<int[]> best =
        lines.stream()
            .filter(l -> l[2] > 0)
            .sorted((a, b) -> b[2] - a[2])
            .limit(max)
            .sorted((a, b) -> a[0] - b[0])
            .toList();
    if (best.isEmpty() && !lines.isEmpty()) {
      best = List.of(lines.get(0));
    }
    List<String> out = new ArrayList<>();
    for (int[] l : best) {
      int from = l[0];
      int to = l[1];
      if (to - from > SNIPPET_CHARS) {
        int first = firstMark(marks, from, to);
        from = Math.max(l[0], first < 0 ? from : first - SNIPPET_CHARS / 4);
        to = Math.min(l[1], from + SNIPPET_CHARS);
      }
      String s = render(body, marks, from, to);
      out.add((from > l[0] ? "…" : "") + s + (to < l[1] ? "…" : ""));
    }
    return out;
  }

  private static boolean[] marks(String text, Collection<String> terms) {
    String n = perCharNormalized(text);
    boolean[] marks = new boolean[text.length()];
    for (String term : terms) {
      if (term.isEmpty()) {
        continue;
      }
      int at = n.indexOf(term);
      while (at >= 0) {
        for (int k = at; k < at + term.length(); k++) {
          marks[k] = true;
        }
        at = n.indexOf(term, at + 1);
      }
    }
    return marks;
  }

  /**
   * NFKC and lower case per character, keeping offsets (a character that would expand stays as it
   * is).
   */
  private static String perCharNormalized(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
      } else if (c >= 0x4e00 && c <= 0x9fff) {
        sb.append(c); // CJK ideographs are already normal; this is nearly all of a Chinese body
      } else {
        String n =
            Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        sb.append(n.length() == 1 ? n.charAt(0) : c);
      }
    }
    return sb.toString();
  }

  private static String render(String text, boolean[] marks, int from, int to) {
    StringBuilder sb = new StringBuilder();
    boolean open = false;
    for (int i = from; i < to; i++) {
      if (marks[i] && !open) {
        sb.append("<em>");
        open = true;
      } else if (!marks[i] && open) {
        sb.append("</em>");
        open = false;
      }
      escape(sb, text.charAt(i));
    }
    if (open) {
      sb.append("</em>");
    }
    return sb.toString();
  }

  private static void escape(StringBuilder sb, char c) {
    switch (c) {
      case '<' -> sb.append("&lt;");
      case '>' -> sb.append("&gt;");
      case '&' -> sb.append("&amp;");
      case '"' -> sb.append("&quot;");
      case '\'' -> sb.append("&#39;");
      default -> sb.append(c);
    }
  }

  private static int count(boolean[] marks, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += marks[i] ? 1 : 0;
    }
    return n;
  }

  private static int firstMark(boolean[] marks, int from, int to) {
    for (int i = from; i < to; i++) {
      if (marks[i]) {
        return i;
      }
    }
    return -1;
  }
}
