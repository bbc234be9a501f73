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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The review step: an edit is a draft until another reviewer publishes it. */
class ArticleReviewTest {
  private static final Instant AT = Instant.parse("2026-11-20T02:00:00Z");
  private static final UnitId CENTER = UnitId.of("HD_CENTER");
  private static final Actor LEAD = new Actor(new UserId(7), "lead1", Role.TEAM_LEAD, CENTER);
  private static final Actor ADMIN = new Actor(new UserId(1), "admin", Role.ADMIN, CENTER);
  private static final Actor AGENT = new Actor(new UserId(9), "agent1", Role.AGENT, CENTER);
  private static final ArticleContent EDITED =
      ArticleContent.of("护照办理（新版）", "全国通办，无需户籍地。", "出入境", List.of(), null, null);

  @Test
  void editingAPublishedArticleLeavesItLiveAndMakesADraftOfTheEdit() {
    Article live = anArticle(5).status(ArticleStatus.PUBLISHED).build();

    var edit = ArticleReview.edit(live, EDITED, LEAD, AT);

    assertThat(edit.pendingReview()).isTrue();
    assertThat(edit.next()).isNull();
    assertThat(edit.draft().baseVersion()).isEqualTo(live.version());
    assertThat(edit.draft().author()).isEqualTo("lead1");
  }

  @Test
  void editingAnUnpublishedArticleChangesItInPlace() {
    Article draft = anArticle(5).status(ArticleStatus.DRAFT).build();

    var edit = ArticleReview.edit(draft, EDITED, LEAD, AT);

    assertThat(edit.pendingReview()).isFalse();
    assertThat(edit.next().content()).isEqualTo(EDITED);
    assertThat(edit.next().status()).isEqualTo(ArticleStatus.DRAFT);
  }

  @Test
  void theAuthorCannotPublishTheirOwnDraft() {
    Article live = anArticle(5).status(ArticleStatus.PUBLISHED).build();
    var draft = ArticleReview.edit(live, EDITED, LEAD, AT).draft();

    assertThatThrownBy(() -> ArticleReview.publish(live, Optional.of(draft), LEAD, AT))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("不能发布自己编辑的内容")
        .extracting(e -> ((DomainException) e).kind())
        .isEqualTo(ErrorKind.FORBIDDEN);
  }

  @Test
  void anotherReviewerPublishesTheDraftAsTheNextVersion() {
    Article live = anArticle(5).status(ArticleStatus.PUBLISHED).build();
    var draft = ArticleReview.edit(live, EDITED, LEAD, AT).draft();

    Article published = ArticleReview.publish(live, Optional.of(draft), ADMIN, AT.plusSeconds(60));

    assertThat(published.content()).isEqualTo(EDITED);
    assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(published.version()).isEqualTo(live.version() + 1);
    assertThat(published.updatedBy()).isEqualTo("admin");
  }

  @Test
  void aNewArticleIsPublishedOnlyBySomeoneOtherThanItsLastEditor() {
    Article created = new Article(5, "KB-A00001", EDITED, ArticleStatus.DRAFT, 1, AT, AT, "lead1");

    assertThatThrownBy(() -> ArticleReview.publish(created, Optional.empty(), LEAD, AT))
        .hasMessageContaining("不能发布自己编辑的内容");
    assertThat(ArticleReview.publish(created, Optional.empty(), ADMIN, AT).status())
        .isEqualTo(ArticleStatus.PUBLISHED);
  }

  @Test
  void rolesThatDoNotReviewCannotPublish() {
    Article created = new Article(5, "KB-A00001", EDITED, ArticleStatus.DRAFT, 1, AT, AT, "lead1");

    assertThatThrownBy(() -> ArticleReview.publish(created, Optional.empty(), AGENT, AT))
        .hasMessageContaining("无权审核发布");
  }

  @Test
  void aDraftOfAnOlderVersionIsStale() {
    Article live = anArticle(5).status(ArticleStatus.PUBLISHED).build();
    var draft = ArticleReview.edit(live, EDITED, LEAD, AT).draft();
    Article newer = live.next(live.content(), ArticleStatus.PUBLISHED, "admin", AT);

    assertThatThrownBy(() -> ArticleReview.publish(newer, Optional.of(draft), ADMIN, AT))
        .hasMessageContaining("草稿基于第");
  }
}
