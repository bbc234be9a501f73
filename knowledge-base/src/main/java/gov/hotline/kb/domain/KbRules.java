package gov.hotline.kb.domain;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;

/** Who may do what in the knowledge base, and which status changes exist. */
public final class KbRules {
  private KbRules() {
  }

  /** Team leads (班长) and admins edit, publish, retire and import; every logged-in role searches. */
  public static void requireEditor(Actor actor) {
    if (!actor.is(Role.TEAM_LEAD, Role.ADMIN)) {
      throw DomainException.forbidden("当前角色（" + actor.role().label() + "）无权编辑知识库，仅限：班长、系统管理员");
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
