package gov.hotline.infra.http.openapi;

import static gov.hotline.infra.http.openapi.ApiOperation.delete;
import static gov.hotline.infra.http.openapi.ApiOperation.get;
import static gov.hotline.infra.http.openapi.ApiOperation.post;
import static gov.hotline.infra.http.openapi.ApiOperation.put;

import java.util.List;

/** Login, tickets (工单), the directory, administration and the knowledge base (知识库). */
final class CoreOperations {
  private CoreOperations() {}

  static List<ApiOperation> all() {
    return List.of(
        get("/openapi.json", "接口文档", "本接口文档（OpenAPI 3.1）", Roles.OPEN),
        post("/auth/login", "登录", "用户名密码登录，返回令牌并设置会话 Cookie", Roles.OPEN)
            .body("{username!:string, password!:string}")
            .ok("#Login"),
        get("/auth/me", "登录", "当前用户", Roles.ALL).ok("#User"),
        post("/auth/logout", "登录", "退出登录", Roles.ALL).ok("{loggedOut:boolean}"),
        post("/tickets", "工单", "受理新工单", Roles.INTAKE).body("#NewTicket").ok(201, "#Ticket"),
        get("/tickets", "工单", "工单列表（承办单位只见本单位及下级；mine=true 只列本人受理的）", Roles.ALL)
            .query(
                "status",
                "unitId",
                "categoryId",
                "appealType",
                "createdFrom:date",
                "createdTo:date",
                "overdue:boolean",
                "nearDue:boolean",
                "exclusion",
                "text",
                "callerPhone",
                "mine:boolean",
                "page:integer",
                "size:integer")
            .describe("nearDue=true：临期（未超期且已用去八成时限）；exclusion=REQUESTED：不纳入考核待审核")
            .ok("#TicketPage"),
        post("/tickets/batch-dispatch", "工单", "批量派单：多张工单派给同一单位，逐张流转，逐张返回结果", Roles.DISPATCHERS)
            .body("{ticketIds!:[integer], leadUnitId!:string, assistUnitIds:[string], note:string}")
            .ok(
                "{dispatched:integer, failed:integer, items:[{ticketId:integer, ok:boolean, ticket:#Ticket,"
                    + " error:{code:string, message:string}}]}"),
        get("/tickets/{id}", "工单", "工单详情", Roles.ALL).ok("#Ticket"),
        get("/tickets/{id}/history", "工单", "工单流转记录", Roles.ALL).ok("{items:[#HistoryEntry]}"),
        post(
                "/tickets/{id}/attachments",
                "附件",
                "上传附件（multipart/form-data，字段 file；JPG/PNG/WebP/PDF/DOCX/XLSX，"
                    + "按内容识别类型，最大 10 MB）",
                Roles.UPLOAD)
            .multipart("file")
            .ok(201, "#Attachment"),
        get("/tickets/{id}/attachments", "附件", "工单附件列表（可查看工单者可见）", Roles.ALL)
            .ok("{items:[#Attachment]}"),
        get("/tickets/{id}/attachments/{aid}", "附件", "下载附件（每次下载记入审计日志）", Roles.ALL)
            .media("application/octet-stream"),
        get("/tickets/{id}/attachments/{aid}/thumbnail", "附件", "图片附件的缩略图（JPEG）", Roles.ALL)
            .media("image/jpeg"),
        post("/tickets/{id}/direct-close", "工单", "直接办结：座席当场答复咨询，并记录一次性告知清单", Roles.SEATS)
            .describe(
                "articleId：答复所依据的知识条目，一次性告知清单（所需材料、办理地点、办理时间、收费标准）从条目中提取；"
                    + "noticeItems：座席勾选、修改后的清单（优先于条目提取）；投诉、举报类诉求不能直接办结")
            .body(
                "{answer!:string, articleId:integer, noticeItems:[{kind!:MATERIALS|PLACE|HOURS|FEES,"
                    + " text!:string}], version:integer}")
            .ok("#Ticket"),
        post("/tickets/{id}/sub-assign", "工单", "分拣转办：街道把已签收的工单转给本街道下属的社区办理", Roles.UNITS)
            .describe("仅主办街道本级的承办人；unitId 须是主办街道的下级社区、村；社区在其待办中可见")
            .body("{unitId!:string, note:string, version:integer}")
            .ok("#Ticket"),
        post("/tickets/{id}/take-back", "工单", "收回转办：街道从社区收回工单，自行办理", Roles.UNITS)
            .describe("仅主办街道本级的承办人；收回后社区不再可见该工单")
            .body("{reason:string, version:integer}")
            .ok("#Ticket"),
        post("/tickets/{id}/sub-reply", "工单", "社区反馈：承接转办的社区向街道反馈办理结果", Roles.UNITS)
            .describe("仅承接转办的社区；街道审核后以 reply 作为本单位的反馈，或退回社区重办")
            .body("{content!:string, version:integer}")
            .ok("#Ticket"),
        post("/tickets/{id}/reject-sub-reply", "工单", "退回社区重办：街道不采纳社区的反馈", Roles.UNITS)
            .body("{reason!:string, version:integer}")
            .ok("#Ticket"),
        post(
                "/tickets/{id}/{action}",
                "工单",
                "工单流转操作（受理、派单、签收、退单、延期、催办、督办、反馈、回访、办结、重办、不纳入考核）",
                Roles.ALL)
            .describe(
                "action: submit dispatch sign return approve-return reject-return arbitrate "
                    + "request-extension approve-extension reject-extension urge supervise reply callback close reopen "
                    + "request-exclusion review-exclusion return-to-city（退市，仅市级派单，reasonCode 取自退市理由表）；可执行的角色因操作而异，不允许时返回 403；"
                    + "社区已反馈的工单由街道以 reply 审核上报")
            .body(
                "{answer:string, leadUnitId:string, assistUnitIds:[string], reasonCode:string, reason:string,"
                    + " requestedDueAt:date-time, newDueAt:date-time, note:string, dueAt:date-time, content:string,"
                    + " resolved:boolean, satisfaction:SATISFIED|BASICALLY_SATISFIED|DISSATISFIED, approved:boolean,"
                    + " callId:string, version:integer}")
            .ok("#Ticket"),
        get("/tickets/{id}/similar", "知识库", "与该工单内容相似的历史工单", Roles.HOTLINE)
            .query("limit:integer")
            .ok("{items:[#SimilarTicket]}"),
        post("/tickets/similar", "知识库", "保存前查找相似工单（未办结的在前）", Roles.INTAKE)
            .body("{text!:string, address:string, limit:integer}")
            .ok("{items:[#SimilarTicket]}"),
        get("/units", "基础数据", "承办单位", Roles.ALL)
            .query("type", "parentId", "q")
            .ok("{items:[#Unit]}"),
        get("/categories", "基础数据", "问题分类", Roles.ALL)
            .query("parentId", "q")
            .ok("{items:[#Category]}"),
        get("/calendar/days", "基础数据", "工作日历（节假日与调休）", Roles.ALL)
            .query("year:integer")
            .ok("{items:[{date:date, kind:string, name:string}]}"),
        get("/sla-policies", "基础数据", "办理时限策略", Roles.ALL).ok("{items:[object]}"),
        get("/admin/users", "系统管理", "用户列表", Roles.ADMINS).ok("{items:[#User]}"),
        post("/admin/users", "系统管理", "新建用户", Roles.ADMINS)
            .body(
                "{username!:string, displayName!:string, password!:string, role!:#Role, unitId:string}")
            .ok(201, "#User"),
        put("/admin/units/{id}", "系统管理", "新建或修改单位（编码为路径中的 id）", Roles.ADMINS)
            .body(
                "{name!:string, type!:CITY|DISTRICT|CENTER|BUREAU|STREET|TOWN|COMMUNITY|VILLAGE|ENTERPRISE,"
                    + " parentId:string, aliases:[string], active:boolean}")
            .ok("#Unit"),
        put("/admin/categories/{id}", "系统管理", "保存问题分类", Roles.ADMINS)
            .body("object")
            .ok("#Category"),
        put("/admin/calendar/days/{date}", "系统管理", "设置节假日或调休工作日", Roles.ADMINS)
            .body("{kind!:string, name:string}")
            .ok("object"),
        delete("/admin/calendar/days/{date}", "系统管理", "删除日历日", Roles.ADMINS)
            .ok("{deleted:boolean, ticketsMoved:integer}"),
        put("/admin/sla-policies", "系统管理", "保存办理时限策略（slaClass 或三项时限）", Roles.ADMINS)
            .body(
                "{categoryId:string, urgency!:NORMAL|URGENT, slaClass:string, signFor:string, handling:string,"
                    + " callback:string}")
            .ok("object"),
        put("/admin/users/{id}", "系统管理", "修改用户（角色、单位、启用；变更即结束其会话）", Roles.ADMINS)
            .body("{role:#Role, unitId:string, enabled:boolean, displayName:string}")
            .ok("#User"),
        post("/admin/users/{id}/password", "系统管理", "重置密码（结束其会话）", Roles.ADMINS)
            .body("{password!:string}")
            .ok("object"),
        get("/admin/sessions", "系统管理", "在线会话", Roles.ADMINS).ok("{items:[object]}"),
        delete("/admin/sessions/{id}", "系统管理", "结束会话", Roles.ADMINS).ok("object"),
        get("/admin/audit", "系统管理", "审计日志（format=csv 或 xlsx 导出）", Roles.ADMINS)
            .query("from", "to", "actor", "action", "page:integer", "size:integer", "format")
            .ok("{items:[object]}"),
        get("/admin/audit/verify", "系统管理", "审计日志哈希链校验", Roles.ADMINS)
            .ok("{consistent:boolean, checked:integer, firstBrokenId:integer}"),
        get("/kb/search", "知识库", "知识检索（词法与语义融合，高亮；无答案时 message=未找到相关知识 与建议）", Roles.ALL)
            .query("q", "limit:integer", "category")
            .ok("{items:[#KbHit], message:string, suggestions:[string]}"),
        get("/kb/suggest", "知识库", "输入联想（标题）", Roles.ALL).query("q").ok("{items:[object]}"),
        get("/kb/search-gaps", "知识库", "检索盲点：统计区间内未检索到知识的问题（号码已脱敏；默认近 30 天）", Roles.KB_EDIT)
            .query("from", "to", "limit:integer")
            .ok(
                "{from:string, to:string, items:[{query:string, searches:integer, misses:integer,"
                    + " lastAt:string}]}"),
        get("/kb/articles", "知识库", "知识条目列表", Roles.ALL).ok("{items:[#KbArticle]}"),
        post("/kb/articles", "知识库", "新建知识条目（草稿）", Roles.KB_EDIT)
            .body("#KbArticle")
            .ok(201, "#KbArticle"),
        get("/kb/articles/{id}", "知识库", "知识条目详情", Roles.ALL).ok("#KbArticle"),
        put("/kb/articles/{id}", "知识库", "修改知识条目（version 防止覆盖）", Roles.KB_EDIT)
            .body("#KbArticle")
            .ok("#KbArticle"),
        get("/kb/articles/{id}/versions", "知识库", "知识条目历史版本", Roles.ALL).ok("{items:[object]}"),
        post("/kb/articles/{id}/publish", "知识库", "审核发布知识条目（不能发布自己编辑的内容）", Roles.KB_EDIT)
            .ok("#KbArticle"),
        post("/kb/articles/{id}/retire", "知识库", "下线知识条目", Roles.KB_EDIT).ok("#KbArticle"),
        post("/kb/import", "知识库", "导入知识条目（JSON Lines）", Roles.KB_EDIT).body("string").ok("object"),
        get("/kb/synonyms", "知识库", "同义词词典", Roles.ALL).ok("{text:string}"),
        put("/kb/synonyms", "知识库", "保存同义词词典", Roles.KB_EDIT)
            .body("{text!:string}")
            .ok("{text:string}"),
        post("/kb/reindex", "知识库", "重建检索索引", Roles.ADMINS)
            .ok("{engine:string, articles:integer," + " tickets:integer}"));
  }
}
