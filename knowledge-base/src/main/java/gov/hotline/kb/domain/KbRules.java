package gov.hotline.kb.domain;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;

/** Who may do what in the knowledge base, and which status changes exist. */
public final class KbRules {
  private KbRules() {}

  /** Team leads (班长) and admins edit, publish, retire and import; every logged-in role searches. */
  public static void requireEditor(Actor actor) {
    if (!actor.is(Role.TEAM_LEAD, Role.ADMIN)) {
      throw DomainException.forbidden("当前角色（" + actor.role().label() + "）无权编辑知识库，仅限：班长、系统管理员");
    }
  }

  /**
   * Publishing (审核发布) needs a reviewer — a team lead or an admin — who is not {@code author}, the
   * person whose content would go live: nobody publishes their own edit.
   */
  public static void requireReviewer(Actor actor, String author) {
    if (!actor.is(Role.TEAM_LEAD, Role.ADMIN)) {
      throw DomainException.forbidden("当前角色（" + actor.role().label() + "）无权审核发布知识条目，仅限：班长、系统管理员");
    }
    if (actor.username().equals(author)) {
      throw DomainException.forbidden("不能发布自己编辑的内容：须由另一位审核人（班长或系统管理员）审核发布");
    }
  }

  /** The status after publishing or retiring; a change to the same status is a conflict. */
  public static ArticleStatus change(ArticleStatus from, ArticleStatus to) {
    if (from == to) {
      throw DomainException.conflict("STATUS_UNCHANGED", "知识条目已是“" + to.label() + "”状态");
    }
    if (to == ArticleStatus.DRAFT) {
      throw DomainException.conflict("ILLEGAL_STATUS", "不能退回草稿状态；请编辑后重新发布");
    }
    return to;
  }
}
