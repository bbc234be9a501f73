package gov.hotline.infra.http.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

/** Schemas of quality inspection (录音质检) and of complaints about agents (座席投诉). */
final class QaComponents {
  private QaComponents() {}

  static Map<String, String> all() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("ScorecardItem", "{code!:string, label!:string, weight!:integer, fatal:boolean}");
    c.put(
        "Scorecard",
        "{version:integer, name:string, createdAt:date-time, createdBy:string,"
            + " items:[#ScorecardItem]}");
    c.put(
        "QaScore",
        "{id:integer, callId:string, agent:string, agentName:string, agentInterface:string,"
            + " scorecardVersion:integer, scorecardName:string, total:integer, computedTotal:integer,"
            + " items:[{code:string, label:string, weight:integer, fatal:boolean, points:integer, fatalFailed:boolean}],"
            + " fatalFailed:[string], comment:string, scorer:string, scorerName:string, scoredAt:date-time,"
            + " status:SCORED|APPEALED|APPEAL_ACCEPTED|APPEAL_REJECTED, statusLabel:string,"
            + " appeal:{reason:string, at:date-time}, decision:{accepted:boolean, comment:string, by:string,"
            + " at:date-time}}");
    c.put("QaScorePage", "{" + Components.PAGE + "items:[#QaScore]}");
    c.put(
        "AgentComplaint",
        "{id:integer, callId:string, recordingUrl:string, agent:string, agentName:string,"
            + " agentInterface:string, ticketNo:string, reason:string, filedBy:string,"
            + " filedByName:string, filedAt:date-time, status:PENDING|UPHELD|REJECTED,"
            + " statusLabel:string, reviewedBy:string, reviewedByName:string, reviewedAt:date-time,"
            + " reviewComment:string}");
    c.put("AgentComplaintPage", "{" + Components.PAGE + "items:[#AgentComplaint]}");
    return c;
  }
}
