package gov.hotline.kb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryRewriterTest {
  /** A stand-in segmenter: every character is a word (what smartcn does with unknown text). */
  private static final QueryRewriter.Segmenter CHARS =
      text -> {
        List<QueryRewriter.Word> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
          if (!Character.isWhitespace(text.charAt(i))) {
            out.add(new QueryRewriter.Word(text.substring(i, i + 1), i, i + 1));
          }
        }
        return out;
      };

  @Test
  void questionFramesAndFillersBecomeSeparators() {
    String r = QueryRewriter.rewrite("请问社保卡丢了怎么办呢", SynonymDictionary.empty(), CHARS);

    assertThat(r.split("\\s+")).containsExactly("社保卡丢");
  }

  @Test
  void termsOfTheDictionaryKeepTheirFillerLookingCharacters() {
    String r = QueryRewriter.rewrite("公积金还贷了吗", SynonymDictionary.parse("还贷,还房贷"), CHARS);

    assertThat(r).startsWith("公积金还贷");
  }

  @Test
  void beijingErhuaIsDroppedButRealWordsWithErStay() {
    assertThat(QueryRewriter.dropErhua("这片儿一下雨就淹")).isEqualTo("这片一下雨就淹");
    assertThat(QueryRewriter.dropErhua("儿童医院")).isEqualTo("儿童医院");
    assertThat(QueryRewriter.dropErhua("女儿上学")).isEqualTo("女儿上学");
  }

  @Test
  void aQueryOfFillersOnlyIsKept() {
    assertThat(QueryRewriter.rewrite("怎么办", SynonymDictionary.empty(), CHARS)).isEqualTo("怎么办");
  }
}
