package gov.hotline.kb.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the way callers speak into what a search can use (口语改写): question frames and fillers
 * (请问, 我想问一下, 能不能, 怎么办, 吗, 了 …) become separators so that they neither score nor glue neighbouring
 * words into meaningless character pairs, and the Beijing erhua suffix (这片儿, 哪儿) is dropped.
 * Applied to queries only.
 */
public final class QueryRewriter {
  /** Longest first, so that 我想问一下 wins over 我. */
  private static final List<String> FILLERS =
      sortedLongestFirst(
          List.of(
              "请问一下",
              "请问",
              "我想问一下",
              "我想问问",
              "想问一下",
              "想问问",
              "想咨询一下",
              "咨询一下",
              "问一下",
              "打听一下",
              "你好",
              "您好",
              "麻烦",
              "谢谢",
              // the frames of an agent's transcript (来电人反映：…), present in every ticket text
              "来电人反映",
              "来电人称",
              "来电人表示",
              "来电人咨询",
              "来电反映",
              "市民反映",
              "市民来电",
              "来电人",
              "反映",
              "怎么办理",
              "怎么办",
              "咋办",
              "怎么弄",
              "咋弄",
              "怎么处理",
              "怎么回事",
              "怎么样",
              "怎么",
              "咋整",
              "咋",
              "为什么",
              "为啥",
              "干啥",
              "啥时候",
              "什么时候",
              "多长时间",
              "多久",
              "能不能",
              "可不可以",
              "可以吗",
              "行不行",
              "有没有",
              "是不是",
              "是否",
              "要不要",
              "会不会",
              "需不需要",
              "一下",
              "什么",
              "啥",
              "我们这儿",
              "我们这片",
              "我们这",
              "我们家",
              "我家",
              "咱们",
              "我们",
              "你们",
              "他们",
              "人家",
              "这个",
              "那个",
              "这些",
              "那些",
              "这儿",
              "那儿",
              "这里",
              "那里",
              "这边",
              "那边",
              "就是",
              "然后",
              "但是",
              "可是",
              "而且",
              "所以",
              "因为",
              "结果",
              "反正",
              "其实",
              "好像",
              "估计",
              "听说",
              "现在",
              "已经",
              "一直",
              "总是",
              "老是",
              "还是",
              "特别",
              "非常",
              "比较",
              "有点",
              "好些",
              "好几",
              "都",
              "吗",
              "呢",
              "啊",
              "吧",
              "呀",
              "嘛",
              "哦",
              "哎",
              "唉",
              "喂",
              "了",
              "的",
              "得",
              "着",
              "过",
              "我",
              "你",
              "他",
              "她",
              "它",
              "咱",
              "俺",
              "也",
              "又",
              "还",
              "很",
              "太",
              "挺",
              "就",
              "才",
              "把",
              "被",
              "给"));

  /**
   * Characters before which 儿 is a real morpheme (儿童, 儿子, 儿科 …), and after which it belongs to a
   * word.
   */
  private static final String ERHUA_KEEP_NEXT = "童子女科歌媳孙时";

  private static final String ERHUA_KEEP_PREV = "女婴幼孤健患少胎男孩宠";

  private static final String SINGLE =
      String.join("", FILLERS.stream().filter(f -> f.length() == 1).toList());

  private QueryRewriter() {}

  /** A word segmenter (smartcn in production): words with their offsets in the text. */
  @FunctionalInterface
  public interface Segmenter {
    List<Word> segment(String text);
  }

  /** One segmented word: {@code text} at [{@code start}, {@code end}). */
  public record Word(String text, int start, int end) {}

  /**
   * The query with fillers replaced by spaces; never longer than the input. Terms of the synonym
   * dictionary are protected (还贷 keeps its 还); a one-character filler (了, 还, 给 …) is removed only
   * where the segmenter sees it as a word of its own.
   */
  public static String rewrite(
      String normalizedQuery, SynonymDictionary dictionary, Segmenter segmenter) {
    String s = dropErhua(normalizedQuery);
    boolean[] keep = new boolean[s.length()];
    for (SynonymDictionary.Occurrence o : dictionary.find(s)) {
      for (int k = o.offset(); k < o.offset() + o.term().length(); k++) {
        keep[k] = true;
      }
    }
    char[] out = s.toCharArray();
    int i = 0;
    while (i < s.length()) {
      String hit = null;
      if (!keep[i]) {
        for (String f : FILLERS) {
          if (f.length() > 1 && s.startsWith(f, i) && unprotected(keep, i, f.length())) {
            hit = f;
            break;
          }
        }
      }
      if (hit == null) {
        i++;
      } else {
        for (int k = i; k < i + hit.length(); k++) {
          out[k] = ' ';
        }
        i += hit.length();
      }
    }
    String stage = new String(out);
    for (Word w : segmenter.segment(stage)) {
      if (w.end() - w.start() == 1
          && !keep[w.start()]
          && SINGLE.indexOf(stage.charAt(w.start())) >= 0) {
        out[w.start()] = ' ';
      }
    }
    String r = new String(out).strip();
    // a query made only of fillers keeps its words: better a weak search than none
    return r.isBlank() ? s : r;
  }

  private static boolean unprotected(boolean[] keep, int from, int len) {
    for (int k = from; k < from + len; k++) {
      if (keep[k]) {
        return false;
      }
    }
    return true;
  }

  public static String dropErhua(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '儿'
          && i > 0
          && TextNormalizer.isCjk(s.charAt(i - 1))
          && ERHUA_KEEP_PREV.indexOf(s.charAt(i - 1)) < 0
          && s.charAt(i - 1) != '儿'
          && (i + 1 >= s.length() || ERHUA_KEEP_NEXT.indexOf(s.charAt(i + 1)) < 0)) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static List<String> sortedLongestFirst(List<String> words) {
    List<String> l = new ArrayList<>(words);
    l.sort((a, b) -> b.length() - a.length());
    return List.copyOf(l);
  }
}
