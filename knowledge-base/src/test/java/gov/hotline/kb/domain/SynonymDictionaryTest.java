package gov.hotline.kb.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.core.error.DomainException;
import org.junit.jupiter.api.Test;

class SynonymDictionaryTest {

  @Test
  void termsOfOneGroupMeetOnTheFirstTermAsTheirConcept() {
    SynonymDictionary d = SynonymDictionary.parse("# comment\n社保卡,社会保障卡\n公积金，住房公积金、gjj\n");

    assertThat(d.find("我的社会保障卡丢了"))
        .extracting(SynonymDictionary.Occurrence::concept)
        .containsExactly("社保卡");
    assertThat(d.find("gjj租房")).extracting(SynonymDictionary.Occurrence::concept).contains("公积金");
    assertThat(d.members("公积金")).containsExactly("公积金", "住房公积金", "gjj");
  }

  @Test
  void nestedTermsAreAllFound() {
    SynonymDictionary d = SynonymDictionary.parse("退役军人,退伍军人\n优待证,退役军人优待证");

    assertThat(d.find("退役军人优待证申领"))
        .extracting(SynonymDictionary.Occurrence::concept)
        .containsOnly("优待证", "退役军人");
  }

  @Test
  void latinAbbreviationsMatchOnlyAsWholeWords() {
    SynonymDictionary d = SynonymDictionary.parse("公积金,gjj");

    assertThat(d.find("agjjb")).isEmpty();
    assertThat(d.find("查 gjj 余额")).hasSize(1);
  }

  @Test
  void aLineWithOneTermIsRefusedNamingTheLine() {
    assertThatThrownBy(() -> SynonymDictionary.parse("医保,医疗保险\n只有一个词"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("第 2 行");
  }

  @Test
  void theShippedDictionaryCoversHotlineLanguage() {
    SynonymDictionary d = SynonymDictionary.defaults();

    assertThat(d.groupCount()).isGreaterThan(100);
    assertThat(d.find("京籍"))
        .extracting(SynonymDictionary.Occurrence::concept)
        .containsExactly("户口");
    assertThat(d.find("医疗保险")).extracting(SynonymDictionary.Occurrence::concept).contains("医保");
  }
}
