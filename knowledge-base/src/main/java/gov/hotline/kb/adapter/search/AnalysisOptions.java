package gov.hotline.kb.adapter.search;

import java.util.List;

/**
 * Which analysis and ranking steps are on. Production uses {@link #FULL}; the evaluation command
 * switches steps off one by one to show what each one gains.
 */
public record AnalysisOptions(
    String name,
    boolean fields,
    boolean bigrams,
    boolean synonyms,
    boolean pinyin,
    boolean rewrite) {
  /** smartcn words only, title + keywords + body as one field. */
  public static final AnalysisOptions WORDS_ONLY =
      new AnalysisOptions("smartcn 分词（单字段）", false, false, false, false, false);

  public static final AnalysisOptions FIELDS =
      new AnalysisOptions("+ 字段与权重（标题/关键词/正文）", true, false, false, false, false);
  public static final AnalysisOptions BIGRAMS =
      new AnalysisOptions("+ 二元字/单字回退", true, true, false, false, false);
  public static final AnalysisOptions SYNONYMS =
      new AnalysisOptions("+ 同义词/简称词典", true, true, true, false, false);
  public static final AnalysisOptions PINYIN =
      new AnalysisOptions("+ 拼音（同音错字、首字母）", true, true, true, true, false);
  public static final AnalysisOptions FULL =
      new AnalysisOptions("+ 口语改写（完整方法）", true, true, true, true, true);

  public static final List<AnalysisOptions> STEPS =
      List.of(WORDS_ONLY, FIELDS, BIGRAMS, SYNONYMS, PINYIN, FULL);

  /** The full method with one step left out: what that step adds on top of all the others. */
  public static final List<AnalysisOptions> LEAVE_ONE_OUT =
      List.of(
          new AnalysisOptions("完整方法 − 二元字/单字", true, false, true, true, true),
          new AnalysisOptions("完整方法 − 同义词词典", true, true, false, true, true),
          new AnalysisOptions("完整方法 − 拼音", true, true, true, false, true),
          new AnalysisOptions("完整方法 − 口语改写", true, true, true, true, false));
}
