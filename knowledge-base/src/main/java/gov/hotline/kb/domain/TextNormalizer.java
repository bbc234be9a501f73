package gov.hotline.kb.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normalisation every text goes through before analysis, on documents and queries alike:
 * full-width forms to half-width (NFKC), lower case. Offsets are preserved for the characters that
 * matter (CJK, ASCII).
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return s;
  }

  public static boolean isCjk(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  public static boolean isLatinOrDigit(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
}
