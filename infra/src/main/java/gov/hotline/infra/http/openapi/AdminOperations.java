package gov.hotline.infra.http.openapi;

import static gov.hotline.infra.http.openapi.ApiOperation.delete;
import static gov.hotline.infra.http.openapi.ApiOperation.get;
import static gov.hotline.infra.http.openapi.ApiOperation.post;

import java.util.List;

/**
 * Administration added with the admin screens: password policy, force logout, calendar import, SLA
 * classes, KB review.
 */
final class AdminOperations {
  private AdminOperations() {}

  static List<ApiOperation> all() {
    return List.of(
        get("/admin/password-policy", "系统管理", "密码规则（新建用户、重置密码时适用）", Roles.ADMINS)
            .ok("{minLength:integer, maxBytes:integer, rules:[string]}"),
        post("/admin/users/{id}/logout", "系统管理", "强制下线（结束该用户全部会话，账号仍可登录）", Roles.ADMINS)
            .ok("object"),
        post(
                "/admin/calendar/import",
                "系统管理",
                "导入节假日安排（每行“2027-01-01 休 元旦”或 JSON；变更即重算未办结工单时限）",
                Roles.ADMINS)
            .query("replaceYears:boolean")
            .body(
                "{text:string, days:[{date!:date, kind!:string, name:string}], replaceYears:boolean}")
            .ok("{imported:integer, replacedYears:boolean, ticketsMoved:integer}"),
        get("/admin/sla-classes", "系统管理", "海淀时限类别（2 小时、24 小时、7 个工作日、15 个工作日）", Roles.ADMINS)
            .ok("{items:[object]}"),
        delete("/admin/sla-policies", "系统管理", "删除分类的单独时限策略（改按上级分类或默认）", Roles.ADMINS)
            .query("categoryId", "urgency")
            .ok("{deleted:boolean}"),
        get("/kb/review", "知识库", "待审核的知识条目修改", Roles.KB_EDIT)
            .query("limit:integer")
            .ok("{items:[object]}"),
        get("/kb/articles/{id}/draft", "知识库", "待审核草稿及其已发布版本", Roles.KB_EDIT).ok("#KbArticle"),
        delete("/kb/articles/{id}/draft", "知识库", "删除待审核草稿（已发布版本不变）", Roles.KB_EDIT).ok("object"));
  }
}
