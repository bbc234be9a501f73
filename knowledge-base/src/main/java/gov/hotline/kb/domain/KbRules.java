package gov.hotline.kb.domain;

import static gov.hotline.core.user.Role.ADMIN;
import static gov.hotline.core.user.Role.AGENT;
import static gov.hotline.core.user.Role.DISPATCHER;
import static gov.hotline.core.user.Role.MANAGER;
import static gov.hotline.core.user.Role.TEAM_LEAD;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import java.util.List;

/**
 * Who may do what in the knowledge base, which articles they see, and which status changes exist —
 * the one place these rules live, so that the HTTP routes and any other entry point get the same
 * answer.
 *
 * <ul>
 *   <li>Every logged-in role searches and reads what is published.
 *   <li>Editors — team leads (班长) and admins — edit, publish, retire and import, see drafts and
 *       retired articles, and read an article's history.
 *   <li>Similar tickets: the hotline's own roles for a stored ticket; agents, team leads and
 *       dispatchers for an appeal being typed.
 *   <li>Rebuilding the search index: admins.
 * </ul>
 */
public final class KbRules {
  private KbRules() {}

  /** What an actor wants to do beyond reading published articles, and the roles that may. */
  public enum Use {
    SIMILAR_TICKETS(AGENT, TEAM_LEAD, DISPATCHER, MANAGER, ADMIN),
    SIMILAR_TO_TEXT(AGENT, TEAM_LEAD, DISPATCHER),
    REINDEX(ADMIN);

    private final List<Role> roles;

    Use(Role... roles) {
      this.roles = List.of(roles);
    }

    /** The roles that may, in the order the refusal names them. */
    public List<Role> roles() {
      return roles;
    }
  }

  /** The actor, if its role may; else 403 naming the roles that may. */
  public static Actor require(Actor actor, Use use) {
    return actor.requireOneOf(use.roles);
  }

  /** Team leads (班长) and admins edit; every other role reads what is published. */
  public static boolean isEditor(Actor actor) {
    return actor.is(TEAM_LEAD, ADMIN);
  }

  /** Team leads (班长) and admins edit, publish, retire and import; every logged-in role searches. */
  public static void requireEditor(Actor actor) {
    if (!isEditor(actor)) {
      throw DomainException.forbidden("当前角色（" + actor.role().label() + "）无权编辑知识库，仅限：班长、系统管理员");
    }
  }

  /** An article's earlier versions are for editors only. */
  public static void requireHistoryReader(Actor actor) {
    if (!isEditor(actor)) {
      throw DomainException.forbidden("仅班长、系统管理员可查看历史版本");
    }
  }

  /**
   * The status an actor's article list is limited to: what the editor asked for (null: any), and
   * for everyone else what is published.
   */
  public static ArticleStatus listedStatus(Actor actor, ArticleStatus requested) {
    return isEditor(actor) ? requested : ArticleStatus.PUBLISHED;
  }

  /**
   * The article, if the actor may read it: editors read every article, everyone else only a
   * published one — anything else is as if it did not exist (404).
   */
  public static Article requireVisible(Actor actor, Article article) {
    if (article.status() != ArticleStatus.PUBLISHED && !isEditor(actor)) {
      throw DomainException.notFound("ARTICLE_NOT_FOUND", "知识条目不存在或未发布：" + article.id());
    }
    return article;
  }

  /**
   * Publishing (审核发布) needs a reviewer — a team lead or an admin — who is not {@code author}, the
   * person whose content would go live: nobody publishes their own edit.
   */
  public static void requireReviewer(Actor actor, String author) {
    if (!isEditor(actor)) {
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
