package gov.hotline.infra.http.openapi;

import static gov.hotline.infra.http.openapi.ApiOperation.get;
import static gov.hotline.infra.http.openapi.ApiOperation.post;

import java.util.List;

/**
 * The link to the city's 12345 platform (市级平台对接): what the city calls with its shared token, and
 * the operators' views. The city's own interface is {@code city/city-platform.openapi.json}.
 */
final class CityOperations {
  private CityOperations() {}

  static List<ApiOperation> all() {
    return List.of(
        post("/city/cases", "市级平台", "市级派单：市级平台推送工单（按市级工单编号去重，每件只生成一张工单）", Roles.OPEN)
            .cityToken()
            .describe(
                "首次推送 201，重复推送 200 且 duplicate=true；不合格的工单以 400 拒收，"
                    + "error.message 为中文理由，并记入拒收列表")
            .body(
                "{caseNo!:string, appealType:string, categoryId!:string, urgency:string,"
                    + " citizenName:string, citizenPhone!:string, address:string, content!:string,"
                    + " dispatchedAt:date-time, deadline!:date-time}")
            .ok(
                201,
                "{accepted:boolean, duplicate:boolean, caseNo:string, ticketId:integer,"
                    + " ticketNo:string}"),
        post("/city/verdicts", "市级平台", "市级审核结果：通过或驳回（驳回则工单重办）", Roles.OPEN)
            .cityToken()
            .body(
                "{verdictId!:string, caseNo!:string, updateKey:string, accepted!:boolean,"
                    + " reason:string, at!:date-time}")
            .ok(
                "{duplicate:boolean, reopened:boolean, ticketNo:string, status:string,"
                    + " note:string}"),
        get("/city/rejected-intake", "市级平台", "拒收的市级派单（理由与原始报文，待人工处理）", Roles.CITY_OPS)
            .query("limit:integer")
            .ok(
                "{items:[{id:integer, caseNo:string, reasonCode:string, reason:string,"
                    + " payload:string, receivedAt:string}]}"),
        get("/city/dead-letters", "市级平台", "报送失败的消息（死信）及其后等待的消息数", Roles.CITY_OPS)
            .query("limit:integer")
            .ok("{items:[#CityMessage]}"),
        get("/city/outbox", "市级平台", "向市级平台报送的消息（可按市级工单编号筛选）", Roles.CITY_OPS)
            .query("caseNo", "limit:integer")
            .ok("{items:[#CityMessage]}"),
        post("/city/outbox/{id}/resend", "市级平台", "重发一条死信（按顺序重新报送）", Roles.CITY_OPS)
            .ok("{resent:boolean, id:integer}"),
        get("/city/reconciliation", "市级平台", "与市级平台对账：列出双方不一致的每一件工单", Roles.CITY_OPS)
            .ok(
                "{checkedAt:string, ours:integer, theirs:integer, consistent:boolean,"
                    + " differences:[{caseNo:string, ticketNo:string, kind:string, kindLabel:string,"
                    + " ours:string, theirs:string, message:string}]}"));
  }
}
