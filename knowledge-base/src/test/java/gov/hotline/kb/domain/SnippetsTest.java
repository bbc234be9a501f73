package gov.hotline.kb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  @Test
  void markupIsEscapedAndMatchesAreMarked() {
    assertThat(Snippets.highlight("<b>护照</b> & \"签注\"", List.of("护照", "签注")))
        .isEqualTo("&lt;b&gt;<em>护照</em>&lt;/b&gt; &amp; &quot;<em>签注</em>&quot;");
  }

  @Test
  void theBestMatchingLinesAreChosenInDocumentOrder() {
    String body = "第一行无关。\n第二行讲护照。\n第三行讲护照和签注。\n第四行无关。";

    assertThat(Snippets.snippets(body, List.of("护照", "签注"), 2))
        .containsExactly("第二行讲<em>护照</em>。", "第三行讲<em>护照</em>和<em>签注</em>。");
  }

  @Test
  void aLongLineIsShortenedAroundItsFirstMatch() {
    String body = "甲".repeat(300) + "护照" + "乙".repeat(300);

    String s = Snippets.snippets(body, List.of("护照"), 1).get(0);

    assertThat(s).startsWith("…").endsWith("…").contains("<em>护照</em>");
    assertThat(s.length()).isLessThan(Snippets.SNIPPET_CHARS + 20);
  }

  @Test
  void fullWidthAndUpperCaseTextStillMatchesNormalisedTerms() {
    assertThat(Snippets.highlight("ＧＪＪ查询", List.of("gjj"))).isEqualTo("<em>ＧＪＪ</em>查询");
  }
}
