package gov.hotline.dispatch.domain;

import gov.hotline.core.category.Category;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.OrgUnit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Edits of the dispatch catalogue (派单目录): each makes the next version, after checking that the
 * entry names a leaf category, existing active units or known placeholders, and sensible keywords.
 */
public final class CatalogueEditor {
  private static final int MAX_KEYWORDS = 300;
  private static final int MAX_KEYWORD = 20;

  private final OrgTree org;
  private final List<Category> categories;

  public CatalogueEditor(OrgTree org, List<Category> categories) {
    this.org = org;
    this.categories = categories;
  }

  /** The next version with {@code entry} added, or replacing the entry of the same id. */
  public Catalogue upsert(
      Catalogue current, CatalogueEntry entry, Instant at, String by, String note) {
    check(entry, current);
    List<CatalogueEntry> entries = new ArrayList<>(current.entries());
    int at0 = indexOf(entries, entry.id());
    if (at0 >= 0) {
      entries.set(at0, entry);
    } else {
      entries.add(entry);
    }
    return next(
        current,
        entries,
        at,
        by,
        note == null || note.isBlank() ? (at0 >= 0 ? "修改条目 " : "新增条目 ") + entry.id() : note);
  }

  /** The next version without the entry {@code id}. */
  public Catalogue remove(Catalogue current, String id, Instant at, String by, String note) {
    List<CatalogueEntry> entries = new ArrayList<>(current.entries());
    int i = indexOf(entries, id);
    if (i < 0) {
      throw DomainException.notFound("CATALOGUE_ENTRY_NOT_FOUND", "派单目录中没有该条目：" + id);
    }
    entries.remove(i);
    return next(current, entries, at, by, note == null || note.isBlank() ? "删除条目 " + id : note);
  }

  private static Catalogue next(
      Catalogue current, List<CatalogueEntry> entries, Instant at, String by, String note) {
    return new Catalogue(current.version() + 1, entries, current.placeholders(), at, by, note);
  }

  private static int indexOf(List<CatalogueEntry> entries, String id) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private void check(CatalogueEntry e, Catalogue current) {
    if (!e.id().matches("[A-Za-z0-9_-]{1,40}")) {
      throw invalid("条目编码只能包含字母、数字、下划线和短横线，1–40 位：" + e.id());
    }
    Category c =
        categories.stream()
            .filter(x -> x.id().equals(e.categoryId()))
            .findFirst()
            .orElseThrow(() -> invalid("问题分类不存在：" + e.categoryId()));
    if (!c.isLeaf()) {
      throw invalid("请选择二级问题分类，而不是分类组：" + c.name());
    }
    if (e.condition().length() > 200) {
      throw invalid("适用情形不能超过 200 字");
    }
    checkRef(e.lead(), "主办单位", current);
    for (UnitRef a : e.assists()) {
      checkRef(a, "协办单位", current);
      if (a.equals(e.lead())) {
        throw invalid("协办单位不能与主办单位相同：" + a);
      }
    }
    if (e.keywords().size() > MAX_KEYWORDS) {
      throw invalid("关键词不能超过 " + MAX_KEYWORDS + " 个");
    }
    for (String k : e.keywords()) {
      if (k.isBlank() || k.length() > MAX_KEYWORD) {
        throw invalid("关键词须为 1–" + MAX_KEYWORD + " 个字：" + k);
      }
    }
  }

  private void checkRef(UnitRef ref, String what, Catalogue current) {
    if (ref.isPlaceholder()) {
      boolean declared =
          ref.equals(UnitRef.TERRITORY)
              || ref.equals(UnitRef.DISTRICT)
              || current.placeholders().containsKey(ref.value());
      if (!declared || !UnitResolver.knows(ref)) {
        throw invalid(what + "使用了未说明的占位符：" + ref.value());
      }
      return;
    }
    OrgUnit u = org.find(ref.unitId()).orElseThrow(() -> invalid(what + "不存在：" + ref.value()));
    if (!u.active()) {
      throw invalid(what + "已停用：" + u.name());
    }
  }

  private static DomainException invalid(String message) {
    return DomainException.invalid("INVALID_CATALOGUE_ENTRY", "派单目录条目有误：" + message);
  }
}
