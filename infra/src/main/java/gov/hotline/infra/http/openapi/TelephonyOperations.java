package gov.hotline.infra.http.openapi;

import static gov.hotline.infra.http.openapi.ApiOperation.get;
import static gov.hotline.infra.http.openapi.ApiOperation.post;
import static gov.hotline.infra.http.openapi.ApiOperation.put;

import gov.hotline.core.user.Role;
import java.util.ArrayList;
import java.util.List;

/** Telephony (话务): calls and recordings, the live board and its stream, agent actions. */
final class TelephonyOperations {
  private static final Role[] RECORDING_CHECK = {Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN};
  private static final Role[] QA_SCORERS = {Role.TEAM_LEAD, Role.ADMIN};
  private static final Role[] COMPLAINT_FILERS = {Role.AGENT, Role.TEAM_LEAD, Role.MANAGER};
  private static final Role[] COMPLAINT_REVIEWERS = {Role.TEAM_LEAD, Role.MANAGER};

  private TelephonyOperations() {}

  static List<ApiOperation> all() {
    List<ApiOperation> ops =
        new ArrayList<>(
            List.of(
                get("/calls", "通话", "通话记录", Roles.HOTLINE)
                    .query(
                        "from",
                        "to",
                        "queue",
                        "agent",
                        "outcome",
                        "callerNumber",
                        "page:integer",
                        "size:integer")
                    .ok("#CallPage"),
                get("/calls/{id}", "通话", "通话详情（通话段、振铃、录音、工单）", Roles.HOTLINE).ok("#CallDetail"),
                get("/tickets/{id}/calls", "通话", "工单的通话（来电与回访）", Roles.HOTLINE)
                    .ok("{items:[#Call]}"),
                get("/calls/{id}/recording", "通话", "播放录音（支持 HTTP Range）", Roles.HOTLINE)
                    .media("audio/wav"),
                get("/recordings/day", "通话", "某日录音核对（应录与已校验）", RECORDING_CHECK)
                    .query("date:date")
                    .ok(
                        "{date:date, callsNeedingRecording:integer, verified:integer, problems:[object]}"),
                get("/live/queues", "实时监控", "实时队列与座席状态", Roles.LIVE).ok("#LiveBoard"),
                get(
                        "/live/stream",
                        "实时监控",
                        "实时推送（SSE：queues 快照与本座席 screen-pop 弹屏；派单员、承办单位收到本人可见工单的"
                            + " ticket 事件：新工单待派、派至本单位、催办、申请退单、延期审核结果、热点；支持 Last-Event-ID 续传）",
                        Roles.ALL)
                    .query("lastEventId:integer")
                    .media("text/event-stream"),
                post("/agent/login", "座席", "签入队列", Roles.SEATS)
                    .body("{interface!:string, queue:string}")
                    .ok(
                        "{username:string, interface:string, queue:string, since:date-time, loggedIn:boolean}"),
                post("/agent/logout", "座席", "签出", Roles.SEATS).ok("{loggedIn:boolean}"),
                post("/agent/pause", "座席", "示忙（原因取自示忙原因列表）", Roles.SEATS)
                    .body("{reason!:string}")
                    .ok("{paused:boolean, reason:string, reasonLabel:string}"),
                post("/agent/unpause", "座席", "示闲", Roles.SEATS).ok("{paused:boolean}"),
                post("/agents/pause", "座席", "班长为座席示忙", Roles.LEADS)
                    .body("{interface!:string, reason!:string}")
                    .ok("{paused:boolean, reason:string, reasonLabel:string}"),
                post("/agents/unpause", "座席", "班长为座席示闲", Roles.LEADS)
                    .body("{interface!:string}")
                    .ok("{paused:boolean}"),
                post("/agents/supervise", "座席", "监听、密语、强插", Roles.LEADS)
                    .body(
                        "{mode:LISTEN|WHISPER|BARGE, agentInterface!:string, leadInterface!:string}")
                    .ok("object"),
                get("/agents/seats", "座席", "签入中的座席", Roles.ALL).ok("{items:[#Seat]}"),
                get("/agent/operations", "座席", "座席操作日志（座席员只见本人）", Roles.LIVE)
                    .query(
                        "username",
                        "from:date-time",
                        "to:date-time",
                        "page:integer",
                        "size:integer")
                    .ok("{items:[#AgentOperation]}"),
                post("/tickets/{id}/callback-call", "座席", "回访外呼（先振铃座席话机）", Roles.SEATS)
                    .ok(202, "{ticketNo:string, actionId:string, message:string}"),
                get("/agent/pause-reasons", "座席", "示忙原因列表", Roles.HOTLINE)
                    .ok("{items:[#PauseReason]}"),
                put("/admin/pause-reasons", "系统管理", "替换示忙原因列表", Roles.ADMINS)
                    .body("{items!:[#PauseReason]}")
                    .ok("{items:[#PauseReason]}"),
                get("/live/settings", "实时监控", "实时监控告警阈值（超长通话、超长示忙）与话后整理时长（秒）", Roles.HOTLINE)
                    .ok("#LiveSettings"),
                put("/admin/live-settings", "系统管理", "修改实时监控告警阈值", Roles.ADMINS)
                    .body("#LiveSettings")
                    .ok("#LiveSettings")));
    ops.addAll(qa());
    ops.addAll(complaints());
    return ops;
  }

  private static List<ApiOperation> complaints() {
    String tag = "座席投诉";
    return List.of(
        post("/agent-complaints", tag, "登记座席投诉（关联被投诉通话及其录音与接听座席）", COMPLAINT_FILERS)
            .body("{callId!:string, reason!:string, ticketNo:string}")
            .ok(201, "#AgentComplaint"),
        get("/agent-complaints", tag, "座席投诉列表（待审核队列；座席员只见针对本人的）", Roles.LIVE)
            .query("status:PENDING|UPHELD|REJECTED", "agent", "page:integer", "size:integer")
            .ok("#AgentComplaintPage"),
        get("/agent-complaints/{id}", tag, "座席投诉详情", Roles.LIVE).ok("#AgentComplaint"),
        post("/agent-complaints/{id}/review", tag, "审核座席投诉（成立 / 不成立，须填写意见）", COMPLAINT_REVIEWERS)
            .body("{upheld!:boolean, comment!:string}")
            .ok("#AgentComplaint"),
        get("/calls/{id}/complaints", tag, "通话的座席投诉", Roles.LIVE).ok("{items:[#AgentComplaint]}"));
  }

  private static List<ApiOperation> qa() {
    String tag = "录音质检";
    return List.of(
        get("/qa/scorecard", tag, "当前质检评分表", Roles.LIVE).ok("#Scorecard"),
        put("/admin/qa/scorecard", tag, "定义质检评分表（产生新版本，分值合计 100）", Roles.ADMINS)
            .body("{name!:string, items!:[#ScorecardItem]}")
            .ok("#Scorecard"),
        post("/qa/scores", tag, "为通话质检评分（致命项不合格则总分为 0）", QA_SCORERS)
            .body(
                "{callId!:string, items!:[{code!:string, points!:integer}], fatalFailed:[string], comment:string}")
            .ok(201, "#QaScore"),
        get("/qa/scores", tag, "质检评分列表（座席员只见本人）", Roles.LIVE)
            .query("agent", "from:date", "to:date", "page:integer", "size:integer")
            .ok("#QaScorePage"),
        get("/calls/{id}/qa", tag, "通话的质检评分", Roles.LIVE).ok("{items:[#QaScore]}"),
        post("/qa/scores/{id}/appeal", tag, "座席员对评分申诉（仅一次）", Role.AGENT)
            .body("{reason!:string}")
            .ok("#QaScore"),
        post("/qa/scores/{id}/appeal/decision", tag, "班长处理申诉", Roles.LEADS)
            .body("{accepted!:boolean, comment:string, newTotal:integer}")
            .ok("#QaScore"),
        get("/qa/summary", tag, "各座席员平均质检得分", Roles.LIVE)
            .query("from:date", "to:date")
            .ok(
                "{from:date, to:date, items:[{agent:string, agentName:string, count:integer, average:number}]}"));
  }
}
