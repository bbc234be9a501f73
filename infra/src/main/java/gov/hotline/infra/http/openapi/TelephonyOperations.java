package gov.hotline.infra.http.openapi;

import static gov.hotline.infra.http.openapi.ApiOperation.get;
import static gov.hotline.infra.http.openapi.ApiOperation.post;

import gov.hotline.core.user.Role;
import java.util.ArrayList;
import java.util.List;

/** Telephony (话务): calls and recordings, the live board and its stream, agent actions. */
final class TelephonyOperations {
  private static final Role[] RECORDING_CHECK = {Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN};

  private TelephonyOperations() {
  }

  static List<ApiOperation> all() {
    List<ApiOperation> ops = new ArrayList<>(List.of(
        get("/calls", "通话", "通话记录", Roles.HOTLINE)
            .query("from", "to", "queue", "agent", "outcome", "callerNumber", "page:integer", "size:integer")
            .ok("#CallPage"),
        get("/calls/{id}", "通话", "通话详情（通话段、振铃、录音、工单）", Roles.HOTLINE).ok("#CallDetail"),
        get("/tickets/{id}/calls", "通话", "工单的通话（来电与回访）", Roles.HOTLINE).ok("{items:[#Call]}"),
        get("/calls/{id}/recording", "通话", "播放录音（支持 HTTP Range）", Roles.HOTLINE).media("audio/wav"),
        get("/recordings/day", "通话", "某日录音核对（应录与已校验）", RECORDING_CHECK).query("date:date")
            .ok("{date:date, callsNeedingRecording:integer, verified:integer, problems:[object]}"),
        get("/live/queues", "实时监控", "实时队列与座席状态", Roles.LIVE).ok("#LiveBoard"),
        get("/live/stream", "实时监控", "实时推送（SSE：queues 快照与本座席 screen-pop 弹屏，支持 Last-Event-ID 续传）",
            Roles.LIVE).query("lastEventId:integer").media("text/event-stream"),
        post("/agent/login", "座席", "签入队列", Roles.SEATS).body("{interface!:string, queue:string}")
            .ok("{username:string, interface:string, queue:string, since:date-time, loggedIn:boolean}"),
        post("/agent/logout", "座席", "签出", Roles.SEATS).ok("{loggedIn:boolean}"),
        post("/agent/pause", "座席", "示忙（原因取自示忙原因列表）", Roles.SEATS).body("{reason!:string}")
            .ok("{paused:boolean, reason:string, reasonLabel:string}"),
        post("/agent/unpause", "座席", "示闲", Roles.SEATS).ok("{paused:boolean}"),
        post("/agents/pause", "座席", "班长为座席示忙", Roles.LEADS).body("{interface!:string, reason!:string}")
            .ok("{paused:boolean, reason:string, reasonLabel:string}"),
        post("/agents/unpause", "座席", "班长为座席示闲", Roles.LEADS).body("{interface!:string}")
            .ok("{paused:boolean}"),
        post("/agents/supervise", "座席", "监听、密语、强插", Roles.LEADS)
            .body("{mode:LISTEN|WHISPER|BARGE, agentInterface!:string, leadInterface!:string}").ok("object"),
        get("/agents/seats", "座席", "签入中的座席", Roles.ALL).ok("{items:[#Seat]}"),
        get("/agent/operations", "座席", "座席操作日志（座席员只见本人）", Roles.LIVE)
            .query("username", "from:date-time", "to:date-time", "limit:integer").ok("{items:[#AgentOperation]}"),
        post("/tickets/{id}/callback-call", "座席", "回访外呼（先振铃座席话机）", Roles.SEATS)
            .ok(202, "{ticketNo:string, actionId:string, message:string}")));
    return ops;
  }
}
