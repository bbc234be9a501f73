package gov.hotline.infra.http.openapi;

import static gov.hotline.infra.http.openapi.ApiOperation.get;
import static gov.hotline.infra.http.openapi.ApiOperation.post;

import gov.hotline.core.user.Role;
import java.util.List;

/** Reports (报表): traffic, units (三率), tickets, and the archive. */
final class ReportOperations {
  private static final Role[] UNIT_REPORT = {Role.MANAGER, Role.DISPATCHER, Role.TEAM_LEAD, Role.ADMIN,
      Role.UNIT_HANDLER};
  private static final String[] PERIOD = {"period:day|week|month", "date:date", "format:html|xlsx|csv"};
  private static final String[] VERIFY = {"period:day|week|month", "date:date"};

  private ReportOperations() {
  }

  static List<ApiOperation> all() {
    String tag = "报表";
    return List.of(
        get("/reports/traffic", tag, "话务报表（呼入、接听、呼损率、接通率、服务水平）", Roles.REPORTS).query(PERIOD)
            .ok("{offered:integer, answered:integer, abandoned:integer, shortAbandoned:integer,"
                + " abandonRate:number, abandonRateText:string, answerRate:number, answerRateText:string,"
                + " serviceLevel:object, asaSeconds:number, ahtSeconds:number, byHour:[object], byDay:[object],"
                + " byQueue:[object], byAgent:[object], contract:object}"),
        get("/reports/traffic/verify", tag, "话务报表核对（按原始通话重算）", Roles.VERIFY).query(VERIFY).ok("object"),
        get("/reports/units", tag, "承办单位三率排名", UNIT_REPORT).query(PERIOD).ok("object"),
        get("/reports/units/verify", tag, "三率核对（按工单历史重算）", Roles.VERIFY).query(VERIFY).ok("object"),
        get("/reports/tickets", tag, "工单报表", Roles.REPORTS).query(PERIOD).ok("object"),
        get("/reports/tickets/verify", tag, "工单报表核对", Roles.VERIFY).query(VERIFY).ok("object"),
        get("/reports/archive", tag, "归档报表列表", Roles.REPORTS).query("report:TRAFFIC|UNITS|TICKETS")
            .ok("{items:[object]}"),
        post("/reports/archive", tag, "重新生成某期报表并归档", Roles.VERIFY)
            .body("{report!:TRAFFIC|UNITS|TICKETS, period!:day|week|month, date!:date, partial:boolean}")
            .ok("object"),
        get("/reports/archive/{id}", tag, "下载归档报表", Roles.REPORTS).media("application/octet-stream"));
  }
}
