package gov.hotline.infra.http.openapi;

import static gov.hotline.infra.http.openapi.ApiOperation.delete;
import static gov.hotline.infra.http.openapi.ApiOperation.get;
import static gov.hotline.infra.http.openapi.ApiOperation.post;
import static gov.hotline.infra.http.openapi.ApiOperation.put;

import gov.hotline.core.user.Role;
import java.util.List;

/** Dispatch (派单): directory, jurisdiction, recommendations, catalogue, oversight. */
final class DispatchOperations {
  private static final Role[] OVERSIGHT = {Role.DISPATCHER, Role.MANAGER};
  private static final Role[] SWEEP = {Role.DISPATCHER, Role.MANAGER, Role.ADMIN};

  private DispatchOperations() {}

  static List<ApiOperation> all() {
    String tag = "派单";
    return List.of(
        post("/dispatch/units/import", tag, "导入单位目录（units.json 格式）", Roles.ADMINS)
            .body("object")
            .ok("{units:integer, categories:integer, places:integer, catalogueVersion:integer}"),
        get("/dispatch/units/{id}/places", tag, "街乡镇的地名库", Roles.ALL)
            .ok("{unitId:string, items:[{name:string, kind:string, kindLabel:string}]}"),
        put("/dispatch/units/{id}/places", tag, "保存街乡镇的地名库", Roles.ADMINS)
            .body("{places!:[{name!:string, kind!:COMPOUND|COMMUNITY|VILLAGE|LANDMARK|ROAD}]}")
            .ok("{unitId:string, items:[{name:string, kind:string, kindLabel:string}]}"),
        post("/dispatch/jurisdiction", tag, "地址定位属地街乡镇与社区（坐席录入时实时调用）", Roles.ALL)
            .body("{address!:string, text:string}")
            .ok("#Jurisdiction"),
        post("/dispatch/recommend", tag, "推荐承办单位", Roles.NOT_UNITS)
            .body("{text!:string, address:string, appealType:string, categoryId:string}")
            .ok("#Recommendation"),
        get("/tickets/{id}/recommendations", tag, "工单的承办单位推荐", Roles.NOT_UNITS)
            .ok("#Recommendation"),
        get("/dispatch/catalogue", tag, "派单目录", Roles.ALL).query("version:integer").ok("object"),
        get("/dispatch/catalogue/versions", tag, "派单目录版本", Roles.ALL).ok("{items:[object]}"),
        put("/dispatch/catalogue/entries/{id}", tag, "保存派单目录条目（产生新版本）", Roles.ADMINS)
            .body(
                "{categoryId!:string, condition:string, lead!:string, assists:[string], keywords:[string],"
                    + " note:string, versionNote:string}")
            .ok("object"),
        delete("/dispatch/catalogue/entries/{id}", tag, "删除派单目录条目（产生新版本）", Roles.ADMINS)
            .query("note")
            .ok("object"),
        get("/dispatch/return-reasons", tag, "退单原因", Roles.ALL)
            .ok("{items:[{code:string, label:string}]}"),
        get("/dispatch/decisions/summary", tag, "派单推荐采纳情况", Roles.ALL).ok("object"),
        get("/dispatch/alerts", tag, "临期、超期与督办超期工单", Roles.ALL)
            .query(
                "unitId",
                "kind:NEAR_DUE|OVERDUE|SUPERVISION_OVERDUE",
                "page:integer",
                "size:integer")
            .ok("object"),
        post("/dispatch/escalation/sweep", tag, "立即执行超期扫描", SWEEP).ok("object"),
        get("/dispatch/duplicates", tag, "疑似重复工单", OVERSIGHT)
            .query("status:PROBABLE|MERGED|DISMISSED")
            .ok("{items:[object]}"),
        post("/dispatch/duplicates/{ticketId}/dismiss", tag, "排除疑似重复", OVERSIGHT).ok("object"),
        post("/dispatch/merge", tag, "合并重复工单", OVERSIGHT)
            .body("{ticketId!:integer, masterTicketId!:integer, note:string}")
            .ok("object"),
        get("/tickets/{id}/merged", tag, "并入该工单的重复工单", Roles.ALL).ok("{items:[object]}"),
        get("/dispatch/hotspots", tag, "集中突发问题预警", Roles.ALL)
            .query("status:OPEN|ALL", "hours:integer")
            .ok("{items:[object]}"),
        post("/dispatch/hotspots/{id}/merge", tag, "合并预警中的工单", OVERSIGHT)
            .body("{masterTicketId!:integer}")
            .ok("object"),
        post("/dispatch/hotspots/{id}/close", tag, "关闭预警", OVERSIGHT).ok("object"));
  }
}
