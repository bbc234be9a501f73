package gov.hotline.infra.http.openapi;

import static gov.hotline.infra.http.openapi.ApiOperation.get;
import static gov.hotline.infra.http.openapi.ApiOperation.post;

import gov.hotline.core.user.Role;
import gov.hotline.reporting.domain.ReportAccess;
import gov.hotline.reporting.domain.ReportAccess.Use;
import java.util.List;

/** Reports (报表): traffic, units (三率), tickets, and the archive. */
final class ReportOperations {
  private static final String KINDS = "period:day|week|month|quarter|year|range";
  private static final String[] PERIOD = {
    KINDS, "date:date", "from:date", "to:date", "name:string", "format:html|xlsx|csv|pdf"
  };
  private static final String[] VERIFY = {KINDS, "date:date", "from:date", "to:date"};
  private static final String PERIOD_NOTE =
      "period=day|week|month|quarter|year 时传 date（该周期内任一天）；period=range 时传"
          + " from、to（含首尾，最长 366 天，不晚于今天）及可选的 name（如「国庆假期」）。";

  private ReportOperations() {}

  /** The roles of a use, as {@link ReportAccess} has them. */
  private static Role[] roles(Use use) {
    return use.roles().toArray(Role[]::new);
  }

  static List<ApiOperation> all() {
    String tag = "报表";
    return List.of(
        get("/reports/traffic", tag, "话务报表（呼入、接听、呼损率、接通率、服务水平）", roles(Use.TRAFFIC))
            .query(PERIOD)
            .describe(PERIOD_NOTE)
            .ok(
                "{offered:integer, answered:integer, abandoned:integer, shortAbandoned:integer,"
                    + " abandonRate:number, abandonRateText:string, answerRate:number, answerRateText:string,"
                    + " serviceLevel:object, asaSeconds:number, avgTalkSeconds:number,"
                    + " avgHoldSeconds:number, avgWrapUpSeconds:number, ahtSeconds:number,"
                    + " complainedCalls:integer, agentComplaintRate:number, agentComplaintRateText:string,"
                    + " byHour:[object], byDay:[object],"
                    + " byQueue:[object], byAgent:[object], contract:object, setAside:{total:integer,"
                    + " byKind:[{kind:CALLBACK|SUPERVISION|INTERNAL|PLATFORM, label:string, calls:integer}],"
                    + " note:string}, satisfaction:{service:{satisfied:integer, basicallySatisfied:integer,"
                    + " dissatisfied:integer, responses:integer, answeredCalls:integer, rate:number,"
                    + " rateText:string, responseRate:number, responseRateText:string},"
                    + " callback:{satisfied:integer, basicallySatisfied:integer, dissatisfied:integer,"
                    + " answers:integer, callbacks:integer, rate:number, rateText:string,"
                    + " responseRate:number, responseRateText:string}}, byPerson:[{username:string,"
                    + " name:string, loggedInSeconds:number, pausedSeconds:number,"
                    + " pausedSecondsByReason:object, answered:integer, callsPerHour:number,"
                    + " occupancy:number, occupancyText:string, avgTalkSeconds:number,"
                    + " avgHoldSeconds:number, avgWrapUpSeconds:number, ahtSeconds:number,"
                    + " complainedCalls:integer, agentComplaintRate:number, agentComplaintRateText:string}],"
                    + " serviceHours:{total:integer, byBranch:[{branch:OPEN|EMERGENCY|AFTER_HOURS,"
                    + " label:string, calls:integer}]}}"),
        get("/reports/traffic/verify", tag, "话务报表核对（按原始通话重算）", roles(Use.VERIFY))
            .query(VERIFY)
            .ok("object"),
        get("/reports/units", tag, "承办单位三率排名", roles(Use.UNITS))
            .query(PERIOD)
            .describe(PERIOD_NOTE)
            .ok("object"),
        get(
                "/reports/units/{id}/report",
                tag,
                "单位报表（某一承办单位的受理、办结、三率、退单、延期、超期与满意度）",
                roles(Use.UNIT_REPORT))
            .query(PERIOD)
            .describe(PERIOD_NOTE + "承办单位人员只能查看本单位及下级单位。31 天以内按日列出，更长的周期按月列出；有下级单位时列出各下级单位及合计。")
            .ok(
                "{period:object, title:string, unitId:string, unitName:string, summary:object, daily:boolean,"
                    + " slots:[object], subUnits:[object], subtreeTotal:object}"),
        get("/reports/units/verify", tag, "三率核对（按工单历史重算）", roles(Use.VERIFY))
            .query(VERIFY)
            .ok("object"),
        get("/reports/tickets", tag, "工单报表", roles(Use.TICKETS))
            .query(PERIOD)
            .describe(PERIOD_NOTE)
            .ok("object"),
        get("/reports/tickets/verify", tag, "工单报表核对", roles(Use.VERIFY)).query(VERIFY).ok("object"),
        get("/reports/archive", tag, "归档报表列表", roles(Use.ARCHIVE_READ))
            .query("report:TRAFFIC|UNITS|TICKETS")
            .ok("{items:[object]}"),
        post("/reports/archive", tag, "重新生成某期报表并归档", roles(Use.ARCHIVE_GENERATE))
            .body(
                "{report!:TRAFFIC|UNITS|TICKETS, period!:day|week|month|quarter|year|range, date:date, from:date,"
                    + " to:date, name:string, partial:boolean}")
            .ok("object"),
        get("/reports/archive/{id}", tag, "下载归档报表", roles(Use.ARCHIVE_READ))
            .media("application/octet-stream"));
  }
}
