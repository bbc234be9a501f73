package gov.hotline.core.admin;

import gov.hotline.core.calendar.CalendarDay;
import gov.hotline.core.category.Category;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.port.Transactions;
import gov.hotline.core.sla.OpenTicketDeadlines;
import gov.hotline.core.sla.SlaPolicy;
import gov.hotline.core.sla.SlaRules;
import gov.hotline.core.ticket.TextRules;
import gov.hotline.core.ticket.Urgency;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Admin edits of reference data (units, categories, business calendar, SLA policies), validated
 * before they are stored; {@code onChange} refreshes cached snapshots afterwards.
 */
public final class ReferenceDataAdmin {
  private final Transactions tx;
  private final ReferenceData reference;
  private final Runnable onChange;
  private final OpenTicketDeadlines openTickets;

  /** What a calendar change did: days stored or removed, and open tickets whose deadline moved. */
  public record CalendarChange(int days, int ticketsMoved) {}

  public ReferenceDataAdmin(Transactions tx, ReferenceData reference, Runnable onChange) {
    this(tx, reference, onChange, null);
  }

  /**
   * With {@code openTickets}, a calendar change recomputes the deadlines of open tickets (null: it
   * does not).
   */
  public ReferenceDataAdmin(
      Transactions tx,
      ReferenceData reference,
      Runnable onChange,
      OpenTicketDeadlines openTickets) {
    this.tx = tx;
    this.reference = reference;
    this.onChange = onChange;
    this.openTickets = openTickets;
  }

  public OrgUnit saveUnit(Actor actor, OrgUnit unit) {
    requireAdmin(actor);
    TextRules.required(unit.name(), "name", "单位名称", 100);
    if (!unit.id().value().matches("[A-Za-z0-9_-]{1,40}")) {
      throw DomainException.invalid("INVALID_ID", "单位编码只能包含字母、数字、下划线和短横线，1–40 位");
    }
    OrgTree tree = reference.orgTree();
    if (unit.parentId() != null) {
      if (tree.find(unit.parentId()).isEmpty()) {
        throw DomainException.invalid("UNKNOWN_UNIT", "上级单位不存在：" + unit.parentId());
      }
      if (tree.isWithin(unit.parentId(), unit.id())) {
        throw DomainException.invalid("UNIT_CYCLE", "上级单位不能是本单位或其下级单位");
      }
    }
    tx.inTransaction(
        r -> {
          r.referenceData().upsertUnit(unit);
          return null;
        });
    onChange.run();
    return unit;
  }

  public Category saveCategory(Actor actor, Category c) {
    requireAdmin(actor);
    TextRules.required(c.name(), "name", "分类名称", 50);
    if (!c.id().value().matches("[A-Za-z0-9_-]{1,32}")) {
      throw DomainException.invalid("INVALID_ID", "分类编码只能包含字母、数字、下划线和短横线，1–32 位");
    }
    if (c.parentId() != null) {
      Category parent =
          reference
              .category(c.parentId())
              .orElseThrow(
                  () -> DomainException.invalid("UNKNOWN_CATEGORY", "上级分类不存在：" + c.parentId()));
      if (parent.isLeaf() || parent.id().equals(c.id())) {
        throw DomainException.invalid("CATEGORY_DEPTH", "问题分类只有两级：上级须为一级分类");
      }
    }
    tx.inTransaction(
        r -> {
          r.referenceData().upsertCategory(c);
          return null;
        });
    onChange.run();
    return c;
  }

  public CalendarChange saveCalendarDay(Actor actor, CalendarDay day) {
    return importCalendar(actor, List.of(day), false);
  }

  /**
   * Stores many calendar days at once (a year's arrangement); with {@code replaceYears} the other
   * listed days of the years concerned are removed first, so that a corrected notice replaces the
   * old one. One transaction.
   */
  public CalendarChange importCalendar(Actor actor, List<CalendarDay> days, boolean replaceYears) {
    requireAdmin(actor);
    days.forEach(d -> TextRules.optional(d.name(), "name", "说明", 50));
    Set<Integer> years = new TreeSet<>();
    days.forEach(d -> years.add(d.date().getYear()));
    tx.inTransaction(
        r -> {
          if (replaceYears) {
            r.referenceData().calendarDays().stream()
                .filter(d -> years.contains(d.date().getYear()))
                .forEach(d -> r.referenceData().deleteCalendarDay(d.date()));
          }
          days.forEach(r.referenceData()::upsertCalendarDay);
          return null;
        });
    return calendarChanged(days.size());
  }

  public CalendarChange deleteCalendarDay(Actor actor, LocalDate date) {
    requireAdmin(actor);
    boolean deleted = tx.inTransaction(r -> r.referenceData().deleteCalendarDay(date));
    if (!deleted) {
      throw DomainException.notFound("NOT_FOUND", "日历中没有该日期的设置：" + date);
    }
    return calendarChanged(1);
  }

  private CalendarChange calendarChanged(int days) {
    onChange.run();
    return new CalendarChange(days, openTickets == null ? 0 : openTickets.recomputeAll());
  }

  public SlaPolicy saveSlaPolicy(Actor actor, SlaPolicy p) {
    requireAdmin(actor);
    if (p.categoryId() != null && reference.category(p.categoryId()).isEmpty()) {
      throw DomainException.invalid("UNKNOWN_CATEGORY", "问题分类不存在：" + p.categoryId());
    }
    SlaRules.check(p);
    tx.inTransaction(
        r -> {
          r.referenceData().upsertSlaPolicy(p);
          return null;
        });
    onChange.run();
    return p;
  }

  /**
   * Removes a category's own policy, so that the category follows its group's or the default again;
   * the defaults themselves (no category) cannot be removed.
   */
  public void deleteSlaPolicy(Actor actor, CategoryId category, Urgency urgency) {
    requireAdmin(actor);
    if (category == null) {
      throw DomainException.invalid("DEFAULT_POLICY", "默认时限策略不能删除，只能修改");
    }
    boolean deleted = tx.inTransaction(r -> r.referenceData().deleteSlaPolicy(category, urgency));
    if (!deleted) {
      throw DomainException.notFound("NOT_FOUND", "该分类没有单独的时限策略：" + category.value());
    }
    onChange.run();
  }

  /** Stores many units and categories at once (imports, demo data), parents before children. */
  public void importAll(List<OrgUnit> units, List<Category> categories) {
    List<OrgUnit> ordered = new ArrayList<>(units);
    ordered.sort((a, b) -> Integer.compare(depth(a, units), depth(b, units)));
    tx.inTransaction(
        r -> {
          categories.stream()
              .filter(c -> c.parentId() == null)
              .forEach(r.referenceData()::upsertCategory);
          categories.stream()
              .filter(c -> c.parentId() != null)
              .forEach(r.referenceData()::upsertCategory);
          ordered.forEach(r.referenceData()::upsertUnit);
          return null;
        });
    onChange.run();
  }

  private static int depth(OrgUnit u, List<OrgUnit> all) {
    int d = 0;
    var cursor = u.parentId();
    while (cursor != null && d < 64) {
      var id = cursor;
      cursor =
          all.stream()
              .filter(x -> x.id().equals(id))
              .findFirst()
              .map(OrgUnit::parentId)
              .orElse(null);
      d++;
    }
    return d;
  }

  private static void requireAdmin(Actor actor) {
    if (actor.role() != Role.ADMIN) {
      throw DomainException.forbidden("只有系统管理员可以修改基础数据");
    }
  }
}
