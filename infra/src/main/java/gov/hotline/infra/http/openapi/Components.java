package gov.hotline.infra.http.openapi;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named schemas of the API (main fields; every JSON reply may carry more), in {@link Schemas}
 * notation.
 */
final class Components {
  private Components() {}

  static final String PAGE = "total:integer, page:integer, size:integer, ";

  static Map<String, String> all() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("Error", "{error!:{code!:string, message!:string}}");
    c.put(
        "CityMessage",
        "{id:integer, caseNo:string, ticketNo:string, kind:string, sequence:integer,"
            + " idempotencyKey:string, state:PENDING|SENT|DEAD, attempts:integer, createdAt:string,"
            + " nextAttemptAt:string, lastError:string, sentAt:string, waitingBehind:integer}");
    c.put("Role", "AGENT|TEAM_LEAD|DISPATCHER|UNIT_HANDLER|MANAGER|ADMIN");
    c.put(
        "User",
        "{id:integer, username:string, displayName:string, role:#Role, roleLabel:string, unitId:string,"
            + " unitName:string}");
    c.put("Login", "{token:string, tokenType:string, expiresInSeconds:integer, user:#User}");
    c.put(
        "NewTicket",
        "{channel!:PHONE|WEB|WECHAT|APP|MESSAGE_BOARD|EMAIL, callerName:string, callerPhone:string,"
            + " address:string, appealType!:CONSULT|HELP|COMPLAINT|REPORT|SUGGESTION|PRAISE, categoryId!:string,"
            + " urgency:NORMAL|URGENT, content!:string, callId:string, confidential:boolean}");
    c.put(
        "Ticket",
        "{id:integer, no:string, status:string, statusLabel:string, channel:string, channelLabel:string,"
            + " callerName:string, callerPhone:string, confidential:boolean, address:string, appealType:string,"
            + " appealTypeLabel:string, categoryId:string, categoryName:string, urgency:string, urgencyLabel:string,"
            + " content:string, callId:string, cityCaseNo:string, leadUnitId:string, leadUnitName:string, assistUnitIds:[string],"
            + " subUnitId:string, subUnitName:string, subReply:string,"
            + " signDueAt:date-time, handleDueAt:date-time, callbackDueAt:date-time, dueAt:date-time, overdue:boolean,"
            + " nearDue:boolean, reply:string, satisfaction:string, urgeCount:integer, supervised:boolean,"
            + " createdAt:date-time, version:integer, returnRejections:integer, callbackCallId:string,"
            + " attachments:[#Attachment], ratings:[#Rating], followUps:[#FollowUp], notice:#Notice}");
    c.put(
        "Rating",
        "{id:integer, rating:VERY_SATISFIED|SATISFIED|BASICALLY_SATISFIED|DISSATISFIED|VERY_DISSATISFIED,"
            + " ratingLabel:string, bad:boolean, source:CALLBACK|SURVEY|CITIZEN, sourceLabel:string,"
            + " comment:string, ratedAt:date-time, synced:boolean}");
    c.put(
        "FollowUp",
        "{id:integer, ratingId:integer, reason:string, openedAt:date-time, dueAt:date-time,"
            + " overdue:boolean}");
    c.put("NoticeItem", "{kind!:MATERIALS|PLACE|HOURS|FEES, kindLabel:string, text!:string}");
    c.put("Notice", "{articleCode:string, articleTitle:string, items:[#NoticeItem]}");
    c.put(
        "PublicAppeal",
        "{channel:WEB|WECHAT|MESSAGE_BOARD|APP, name:string, phone!:string, address:string,"
            + " appealType:CONSULT|HELP|COMPLAINT|REPORT|SUGGESTION|PRAISE, categoryId!:string,"
            + " content!:string}");
    c.put(
        "PublicAppealFiled",
        "{trackingNo:string, filedAt:date-time, repeated:boolean, uploadToken:string,"
            + " maxPhotos:integer, message:string}");
    c.put(
        "CitizenProgress",
        "{trackingNo:string, status:RECEIVED|HANDLING|REPLIED|CLOSED, statusLabel:string,"
            + " filedAt:date-time, channelLabel:string, appealTypeLabel:string, address:string,"
            + " content:string, reply:string, repliedAt:date-time, closedAt:date-time, notice:#Notice,"
            + " rating:{rating:string, ratingLabel:string, comment:string, ratedAt:date-time},"
            + " canRate:boolean}");
    c.put(
        "Attachment",
        "{id:integer, ticketId:integer, name:string, mediaType:string, typeLabel:string,"
            + " image:boolean, size:integer, sha256:string, purpose:APPEAL|HANDLING, purposeLabel:string,"
            + " uploadedAt:date-time, uploadedBy:{id:integer, username:string, role:string, unitId:string}, url:string,"
            + " thumbnailUrl:string}");
    c.put("TicketPage", "{" + PAGE + "items:[#Ticket]}");
    c.put(
        "HistoryEntry",
        "{at:date-time, action:string, actionLabel:string, fromStatus:string, toStatus:string,"
            + " toStatusLabel:string, actor:{id:integer, username:string, role:string, unitId:string}, reason:string,"
            + " details:object}");
    c.put(
        "TicketSummary",
        "{id:integer, no:string, status:string, statusLabel:string, appealType:string,"
            + " content:string, callId:string, createdAt:date-time, open:boolean, confidential:boolean}");
    c.put(
        "SimilarTicket",
        "{id:integer, no:string, categoryId:string, createdAt:date-time, score:number,"
            + " snippet:string, status:string, statusLabel:string, open:boolean}");
    c.put(
        "Recording",
        "{file:string, status:PENDING|VERIFIED|MISSING|EMPTY|SILENT|CORRUPT|NONE, statusLabel:string,"
            + " durationSeconds:number, sizeBytes:integer, sha256:string, checkedAt:date-time}");
    c.put(
        "Survey",
        "{result:SATISFIED|BASICALLY_SATISFIED|DISSATISFIED, label:string, digit:string, at:date-time}");
    c.put(
        "Call",
        "{id:string, serverId:string, direction:string, directionLabel:string, outcome:string,"
            + " outcomeLabel:string, callerNumber:string, callerName:string, did:string, queue:string,"
            + " agentInterface:string, agentName:string, memberName:string, startedAt:date-time, answeredAt:date-time, endedAt:date-time,"
            + " waitSeconds:integer, talkSeconds:integer, holdSeconds:integer, wrapUpSeconds:integer,"
            + " hangupCause:string, hangupCauseText:string, hangupCauseLabel:string, recording:#Recording,"
            + " survey:#Survey}");
    c.put(
        "CallDetail",
        "{id:string, callerNumber:string, agentInterface:string, agentName:string,"
            + " recording:#Recording, legs:[object], ringAttempts:[object], tickets:[#TicketSummary]}");
    c.put("CallPage", "{" + PAGE + "items:[#Call]}");
    c.put(
        "Seat",
        "{username:string, agentName:string, interface:string, queue:string, since:date-time}");
    c.put(
        "AgentOperation",
        "{at:date-time, username:string, agentName:string, role:string, action:string,"
            + " actionLabel:string, interface:string, queue:string, reason:string, target:string, targetName:string,"
            + " success:boolean, message:string, rawMessage:string}");
    c.put("PauseReason", "{code!:string, label!:string}");
    c.put(
        "LiveMember",
        "{interface:string, name:string, agentName:string, state:string, stateLabel:string,"
            + " pausedReason:string, pauseReasonLabel:string, stateSeconds:integer, since:date-time, callId:string,"
            + " callerNumber:string, callStartedAt:date-time, longCall:boolean, longPause:boolean}");
    c.put(
        "LiveQueue",
        "{server:string, name:string, waitingCount:integer, longestWaitSeconds:integer,"
            + " waiting:[{callId:string, callerNumber:string, position:integer, waitSeconds:integer}],"
            + " members:[#LiveMember], byState:object, at:date-time, today:#QueueToday}");
    c.put(
        "QueueToday",
        "{offered:integer, answered:integer, abandoned:integer, abandonRate:number,"
            + " abandonRateText:string, answerRate:number, answerRateText:string, serviceLevel15:number,"
            + " serviceLevel15Text:string}");
    c.put("LiveBoard", "{version:integer, queues:[#LiveQueue], settings:#LiveSettings}");
    c.put(
        "LiveSettings",
        "{longCallSeconds!:integer, longPauseSeconds!:integer, wrapUpSeconds:integer}");
    c.put(
        "ScreenPop",
        "{callId:string, callerNumber:string, queue:string, agentInterface:string,"
            + " agentName:string, at:date-time, repeatCaller:boolean, confidential:boolean,"
            + " openTickets:[#TicketSummary], previousTickets:[#TicketSummary], previousCalls:[{callId:string,"
            + " startedAt:date-time, outcome:string, outcomeLabel:string, agentInterface:string, agentName:string}]}");
    c.put(
        "KbHit",
        "{id:integer, code:string, title:string, highlightedTitle:string, category:string,"
            + " score:number, snippets:[string]}");
    c.put(
        "KbArticle",
        "{id:integer, code:string, title:string, body:string, category:string, keywords:[string],"
            + " validFrom:date, validTo:date, status:string, statusLabel:string, version:integer,"
            + " createdAt:date-time, updatedAt:date-time, updatedBy:string, noticeItems:[#NoticeItem]}");
    c.put(
        "Unit",
        "{id:string, name:string, type:string, typeLabel:string, parentId:string, aliases:[string],"
            + " active:boolean}");
    c.put("Category", "{id:string, name:string, parentId:string}");
    c.put(
        "Jurisdiction",
        "{status:RESOLVED|AMBIGUOUS|UNKNOWN|OUTSIDE_DISTRICT, streetId:string,"
            + " streetName:string, communityId:string, communityName:string, confidence:number, explanation:string}");
    c.put(
        "Recommendation",
        "{category:{id:string, name:string, score:number, reasons:[string]},"
            + " candidates:[{unitId:string, unitName:string, role:LEAD|ASSIST, score:number, reasons:[string]}],"
            + " jurisdiction:#Jurisdiction}");
    c.put("Report", "{period:string, from:date, to:date}");
    c.putAll(QaComponents.all());
    return c;
  }

  static JsonObject schemas() {
    JsonObject out = new JsonObject();
    all().forEach((name, spec) -> out.put(name, Schemas.spec(spec)));
    return out;
  }
}
