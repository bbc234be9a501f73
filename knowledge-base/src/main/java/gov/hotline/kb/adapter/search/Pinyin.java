package gov.hotline.kb.adapter.search;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Toneless pinyin of CJK characters (the most common reading of a polyphone), looked up once into a
 * table: the same character always gets the same syllable on documents and queries, which is what
 * homophone matching needs.
 */
final class Pinyin {
  private static final char FIRST = '\u4e00';
  private static final char LAST = '\u9fff';
  private static final String[] TABLE = build();

  private Pinyin() {}

  static String of(char c) {
    if (c < FIRST || c > LAST) {
      return String.valueOf(c);
    }
    String p = TABLE[c - FIRST];
    return p == null ? String.valueOf(c) : p;
  }

  /** 公积金 → gjj. */
  static String initials(String cjk) {
    StringBuilder sb = new StringBuilder(cjk.length());
    for (int i = 0; i < cjk.length(); i++) {
      sb.append(of(cjk.charAt(i)).charAt(0));
    }
    return sb.toString();
  }

  private static String[] build() {
    HanyuPinyinOutputFormat f = new HanyuPinyinOutputFormat();
    f.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    f.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    f.setVCharType(HanyuPinyinVCharType.WITH_V);
    String[] t = new String[LAST - FIRST + 1];
    try {
      for (char c = FIRST; c <= LAST && c >= FIRST; c++) {
        String[] all = PinyinHelper.toHanyuPinyinStringArray(c, f);
        if (all != null && all.length > 0) {
          t[c - FIRST] = all[0];
        }
        if (c == LAST) {
          break;
        }
      }
    } catch (BadHanyuPinyinOutputFormatCombination e) {
      throw new IllegalStateException(e);
    }
    return t;
  }
}
