package gov.hotline.kb.domain;

import static gov.hotline.kb.support.Articles.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import org.junit.jupiter.api.Test;

/** Who sees which articles and who may ask for what, whatever the entry point. */
class KbRulesTest {
  private static final UnitId CENTER = UnitId.of("HD_CENTER");
  private static final Actor LEAD = new Actor(new UserId(7), "lead1", Role.TEAM_LEAD, CENTER);
  private static final Actor AGENT = new Actor(new UserId(9), "agent1", Role.AGENT, CENTER);
  private static final Actor HANDLER =
      new Actor(new UserId(11), "handler1", Role.UNIT_HANDLER, UnitId.of("STR_QH"));

  @Test
  void anAgentsListIsLimitedToPublishedWhateverItAsksFor() {
    assertThat(KbRules.listedStatus(AGENT, ArticleStatus.DRAFT)).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(KbRules.listedStatus(AGENT, null)).isEqualTo(ArticleStatus.PUBLISHED);
  }

  @Test
  void anEditorsListKeepsTheStatusItAskedFor() {
    assertThat(KbRules.listedStatus(LEAD, ArticleStatus.RETIRED)).isEqualTo(ArticleStatus.RETIRED);
    assertThat(KbRules.listedStatus(LEAD, null)).isNull();
  }

  @Test
  void anUnpublishedArticleIsNotFoundForAnAgentButReadableForAnEditor() {
    Article draft = anArticle(5).status(ArticleStatus.DRAFT).build();

    assertThatThrownBy(() -> KbRules.requireVisible(AGENT, draft))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).kind())
        .isEqualTo(ErrorKind.NOT_FOUND);
    assertThat(KbRules.requireVisible(LEAD, draft)).isSameAs(draft);
  }

  @Test
  void theHistoryIsForEditorsOnly() {
    assertThatThrownBy(() -> KbRules.requireHistoryReader(AGENT))
        .isInstanceOf(DomainException.class)
        .hasMessage("仅班长、系统管理员可查看历史版本");
  }

  @Test
  void aRefusedUseNamesTheRolesThatMay() {
    assertThatThrownBy(() -> KbRules.require(HANDLER, KbRules.Use.SIMILAR_TICKETS))
        .isInstanceOf(DomainException.class)
        .hasMessage("当前角色（承办单位）无权访问，仅限：座席员、班长、派单员、管理人员、系统管理员");
    assertThat(KbRules.require(AGENT, KbRules.Use.SIMILAR_TO_TEXT)).isSameAs(AGENT);
  }
}
