package gov.hotline.core.admin;

import gov.hotline.core.calendar.CalendarDay;
import gov.hotline.core.category.Category;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.port.Transactions;
import gov.hotline.core.sla.SlaPolicy;
import gov.hotline.core.ticket.TextRules;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Admin edits of reference data (units, categories, business calendar, SLA policies), validated before they are
 * stored; {@code onChange} refreshes cached snapshots afterwards.
 */
public final class ReferenceDataAdmin {
  private final Transactions tx;
  private final ReferenceData reference;
  private final Runnable onChange;

  public ReferenceDataAdmin(Transactions tx, ReferenceData reference, Runnable onChange) {
    this.tx = tx;
    this.reference = reference;
    this.onChange = onChange;
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
    tx.inTransaction(r -> {
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
      Category parent = reference.category(c.parentId())
          .orElseThrow(() -> DomainException.invalid("UNKNOWN_CATEGORY", "上级分类不存在：" + c.parentId()));
      if (parent.isLeaf() || parent.id().equals(c.id())) {
        throw DomainException.invalid("CATEGORY_DEPTH", "问题分类只有两级：上级须为一级分类");
      }
    }
    tx.inTransaction(r -> {
      r.referenceData().upsertCategory(c);
      return null;
    });
    onChange.run();
    return c;
  }

  public CalendarDay saveCalendarDay(Actor actor, CalendarDay day) {
    requireAdmin(actor);
    TextRules.optional(day.name(), "name", "说明", 50);
    tx.inTransaction(r -> {
      r.referenceData().upsertCalendarDay(day);
      return null;
    });
    onChange.run();
    return day;
  }

  public void deleteCalendarDay(Actor actor, LocalDate date) {
    requireAdmin(actor);
    boolean deleted = tx.inTransaction(r -> r.referenceData().deleteCalendarDay(date));
    if (!deleted) {
      throw DomainException.notFound("NOT_FOUND", "日历中没有该日期的设置：" + date);
    }
    onChange.run();
  }

  public SlaPolicy saveSlaPolicy(Actor actor, SlaPolicy p) {
    requireAdmin(actor);
    if (p.categoryId() != null && reference.category(p.categoryId()).isEmpty()) {
      throw DomainException.invalid("UNKNOWN_CATEGORY", "问题分类不存在：" + p.categoryId());
    }
    tx.inTransaction(r -> {
      r.referenceData().upsertSlaPolicy(p);
      return null;
    });
    onChange.run();
    return p;
  }

  /** Stores many units and categories at once (imports, demo data), parents before children. */
  public void importAll(List<OrgUnit> units, List<Category> categories) {
    List<OrgUnit> ordered = new ArrayList<>(units);
    ordered.sort((a, b) -> Integer.compare(depth(a, units), depth(b, units)));
    tx.inTransaction(r -> {
      categories.stream().filter(c -> c.parentId() == null).forEach(r.referenceData()::upsertCategory);
      categories.stream().filter(c -> c.parentId() != null).forEach(r.referenceData()::upsertCategory);
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
      cursor = all.stream().filter(x -> x.id().equals(id)).findFirst().map(OrgUnit::parentId).orElse(null);
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
