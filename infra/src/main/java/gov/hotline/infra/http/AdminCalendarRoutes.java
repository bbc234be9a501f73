package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.admin.ReferenceDataAdmin;
import gov.hotline.core.calendar.CalendarDay;
import gov.hotline.core.calendar.CalendarLines;
import gov.hotline.core.calendar.DayKind;
import gov.hotline.core.calendar.TimeLimit;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.sla.SlaClass;
import gov.hotline.core.sla.SlaPolicy;
import gov.hotline.core.ticket.Urgency;
import gov.hotline.infra.audit.AuditLog;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /api/v1/admin}: the business calendar (holidays and 调休 workdays, one day or a year's list
 * at once) and the SLA policies per category (a Haidian class or limits of their own). A calendar
 * change moves the deadlines of open tickets; the answer says how many. Mounted after {@link
 * AdminRoutes}, whose guard lets only ADMIN through.
 */
public final class AdminCalendarRoutes {
  private final ReferenceDataAdmin admin;
  private final ReferenceData reference;

  public AdminCalendarRoutes(ReferenceDataAdmin admin, ReferenceData reference) {
    this.admin = admin;
    this.reference = reference;
  }

  public void mount(Router api) {
    api.put("/admin/calendar/days/:date").handler(handle(this::saveDay));
    api.delete("/admin/calendar/days/:date").handler(handle(this::deleteDay));
    api.post("/admin/calendar/import").handler(handle(this::importDays));
    api.get("/admin/sla-classes").handler(handle(this::classes));
    api.put("/admin/sla-policies").handler(handle(this::saveSla));
    api.delete("/admin/sla-policies").handler(handle(this::deleteSla));
  }

  private void saveDay(RoutingContext ctx) {
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    DayKind kind = in.enumValue("kind", DayKind.class, "日期类型");
    if (kind == null) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：日期类型（kind：HOLIDAY 或 WORKDAY）");
    }
    CalendarDay day =
        new CalendarDay(
            JsonInput.parseDate(ctx.pathParam("date"), "date", "日期"), kind, in.text("name"));
    var change = admin.saveCalendarDay(Requests.actor(ctx), day);
    Requests.ok(
        ctx,
        new JsonObject()
            .put("date", day.date().toString())
            .put("kind", kind.name())
            .put("name", day.name())
            .put("ticketsMoved", change.ticketsMoved()));
  }

  private void deleteDay(RoutingContext ctx) {
    var change =
        admin.deleteCalendarDay(
            Requests.actor(ctx), JsonInput.parseDate(ctx.pathParam("date"), "date", "日期"));
    Requests.ok(
        ctx, new JsonObject().put("deleted", true).put("ticketsMoved", change.ticketsMoved()));
  }

  /**
   * Lines ({@code 2027-01-01 休 元旦}) as text/plain, or JSON {@code {text}} / {@code {days:[…]}},
   * replaceYears.
   */
  private void importDays(RoutingContext ctx) {
    String raw = ctx.body().buffer() == null ? "" : ctx.body().asString("UTF-8");
    boolean replace = "true".equals(Requests.query(ctx, "replaceYears"));
    List<CalendarDay> days;
    if (raw.stripLeading().startsWith("{")) {
      JsonInput in = JsonInput.parse(ctx.body().buffer());
      replace = replace || Boolean.TRUE.equals(in.bool("replaceYears"));
      days =
          in.text("text") != null
              ? CalendarLines.parse(in.text("text"))
              : jsonDays(in.objects("days"));
    } else {
      days = CalendarLines.parse(raw);
    }
    var change = admin.importCalendar(Requests.actor(ctx), days, replace);
    Requests.ok(
        ctx,
        new JsonObject()
            .put("imported", change.days())
            .put("replacedYears", replace)
            .put("ticketsMoved", change.ticketsMoved()));
  }

  private static List<CalendarDay> jsonDays(List<JsonInput> items) {
    if (items == null || items.isEmpty()) {
      throw DomainException.invalid("EMPTY_CALENDAR", "导入内容为空：请提供 text（每行一个日期）或 days 列表");
    }
    if (items.size() > CalendarLines.MAX_DAYS) {
      throw DomainException.invalid("TOO_MANY_DAYS", "一次最多导入 " + CalendarLines.MAX_DAYS + " 天");
    }
    List<CalendarDay> days = new ArrayList<>();
    for (JsonInput d : items) {
      String kind = d.text("kind");
      DayKind k = kind == null ? null : CalendarLines.kind(kind.strip());
      if (k == null) {
        throw DomainException.invalid(
            "INVALID_CALENDAR_LINE", "日期类型“" + kind + "”无法识别，应为 HOLIDAY/休 或 WORKDAY/班");
      }
      if (d.text("date") == null) {
        throw DomainException.invalid("MISSING_FIELD", "缺少必填项：日期（date）");
      }
      days.add(
          new CalendarDay(JsonInput.parseDate(d.text("date"), "date", "日期"), k, d.text("name")));
    }
    return days;
  }

  private void classes(RoutingContext ctx) {
    Requests.ok(
        ctx,
        new JsonObject()
            .put(
                "items",
                Requests.array(
                    Arrays.asList(SlaClass.values()),
                    c ->
                        new JsonObject()
                            .put("code", c.name())
                            .put("label", c.label())
                            .put("signFor", c.signFor().code())
                            .put("signForLabel", c.signFor().label())
                            .put("handling", c.handling().code())
                            .put("handlingLabel", c.handling().label())
                            .put("callback", c.callback().code())
                            .put("callbackLabel", c.callback().label()))));
  }

  private void saveSla(RoutingContext ctx) {
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    Urgency urgency = urgency(in.enumValue("urgency", Urgency.class, "紧急程度"));
    String category = in.text("categoryId");
    CategoryId id = category == null || category.isBlank() ? null : CategoryId.of(category.strip());
    SlaClass cls = in.enumValue("slaClass", SlaClass.class, "时限类别");
    SlaPolicy p =
        cls != null
            ? cls.policy(id, urgency)
            : new SlaPolicy(
                id,
                urgency,
                TimeLimit.parse(in.text("signFor")),
                TimeLimit.parse(in.text("handling")),
                TimeLimit.parse(in.text("callback")));
    SlaPolicy before = reference.slaPolicies().policyFor(id, urgency);
    admin.saveSlaPolicy(Requests.actor(ctx), p);
    Audited.record(
        ctx,
        "SLA_POLICY_CHANGE",
        (id == null ? "默认" : id.value()) + "/" + urgency.name(),
        AuditLog.SUCCESS,
        "签收 "
            + before.signFor().code()
            + "→"
            + p.signFor().code()
            + "，办理 "
            + before.handling().code()
            + "→"
            + p.handling().code()
            + "，回访 "
            + before.callback().code()
            + "→"
            + p.callback().code());
    SlaClass matched = SlaClass.of(p);
    Requests.ok(
        ctx,
        new JsonObject()
            .put("categoryId", id == null ? null : id.value())
            .put("urgency", urgency.name())
            .put("signFor", p.signFor().code())
            .put("handling", p.handling().code())
            .put("callback", p.callback().code())
            .put("handlingLabel", p.handling().label())
            .put("slaClass", matched == null ? null : matched.name()));
  }

  private void deleteSla(RoutingContext ctx) {
    String category = Requests.query(ctx, "categoryId");
    Urgency urgency =
        urgency(
            Requests.query(ctx, "urgency") == null
                ? null
                : JsonInput.parseEnum(
                    Requests.query(ctx, "urgency"), "urgency", Urgency.class, "紧急程度"));
    admin.deleteSlaPolicy(
        Requests.actor(ctx),
        category == null || category.isBlank() ? null : CategoryId.of(category.strip()),
        urgency);
    Audited.record(
        ctx,
        "SLA_POLICY_CHANGE",
        category + "/" + urgency.name(),
        AuditLog.SUCCESS,
        "删除单独策略，改按上级或默认");
    Requests.ok(ctx, new JsonObject().put("deleted", true));
  }

  private static Urgency urgency(Urgency u) {
    if (u == null) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：紧急程度（urgency：NORMAL 或 URGENT）");
    }
    return u;
  }
}
