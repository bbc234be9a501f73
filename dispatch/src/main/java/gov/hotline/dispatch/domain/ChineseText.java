package gov.hotline.dispatch.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises appeal texts and addresses for matching: full-width to half-width (NFKC), lower case,
 * no white space, and without the intake preamble an agent writes before the appeal (来电人反映：,
 * 网友留言：…), which says nothing about the problem but would make every transcript look alike.
 */
public final class ChineseText {
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** A short lead-in ending in a colon that names who reports: 来电人反映：, 市民通过微信反映：, 网友留言：. */
  private static final Pattern PREAMBLE =
      Pattern.compile("^[^：:。，,]{0,14}(反映|反应|称|留言|来电|投诉|咨询|求助|举报|建议|表示|诉称)[^：:。]{0,4}[：:]");

  private ChineseText() {}

  public static String normalize(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return SPACE.matcher(n).replaceAll("");
  }

  /** The normalised appeal without its intake preamble. */
  public static String content(String s) {
    return PREAMBLE.matcher(normalize(s)).replaceFirst("");
  }

  /** True for the characters that carry meaning in a bigram: CJK ideographs, letters and digits. */
  public static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /**
   * Overlapping character pairs of each run of word characters (a run of one character gives
   * itself), the usual fallback unit for Chinese text without a dictionary.
   */
  public static List<String> bigrams(String normalized) {
    List<String> out = new ArrayList<>();
    int runStart = -1;
    for (int i = 0; i <= normalized.length(); i++) {
      boolean word = i < normalized.length() && isWordChar(normalized.charAt(i));
      if (word && runStart < 0) {
        runStart = i;
      } else if (!word && runStart >= 0) {
        if (i - runStart == 1) {
          out.add(normalized.substring(runStart, i));
        }
        for (int j = runStart; j + 2 <= i; j++) {
          out.add(normalized.substring(j, j + 2));
        }
        runStart = -1;
      }
    }
    return out;
  }
}
