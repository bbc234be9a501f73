package gov.hotline.infra.reference;

import gov.hotline.core.calendar.WorkCalendar;
import gov.hotline.core.category.Category;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.port.Transactions;
import gov.hotline.core.sla.SlaPolicies;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reference data loaded once and kept as an immutable snapshot; {@link #refresh()} after an edit on
 * this instance, and a reload at most {@code maxAge} later picks up edits made on other instances.
 */
public final class CachedReferenceData implements ReferenceData {
  private final Transactions tx;
  private final ZoneId zone;
  private final Clock clock;
  private final Duration maxAge;
  private final AtomicReference<Snapshot> current = new AtomicReference<>();

  private record Snapshot(
      OrgTree org,
      List<Category> categories,
      Map<CategoryId, Category> byId,
      WorkCalendar calendar,
      SlaPolicies sla,
      Instant loadedAt) {}

  public CachedReferenceData(Transactions tx, ZoneId zone, Clock clock, Duration maxAge) {
    this.tx = tx;
    this.zone = zone;
    this.clock = clock;
    this.maxAge = maxAge;
  }

  public void refresh() {
    current.set(load());
  }

  private Snapshot snapshot() {
    Snapshot s = current.get();
    if (s == null || s.loadedAt().plus(maxAge).isBefore(clock.instant())) {
      s = load();
      current.set(s);
    }
    return s;
  }

  private Snapshot load() {
    return tx.inTransaction(
        r -> {
          var ref = r.referenceData();
          List<Category> categories = ref.categories();
          Map<CategoryId, Category> byId = new LinkedHashMap<>();
          categories.forEach(c -> byId.put(c.id(), c));
          WorkCalendar calendar = WorkCalendar.builder(zone).days(ref.calendarDays()).build();
          SlaPolicies sla =
              new SlaPolicies(
                  ref.slaPolicies(),
                  id -> Optional.ofNullable(byId.get(id)).map(Category::parentId).orElse(null));
          return new Snapshot(
              new OrgTree(ref.units()), categories, byId, calendar, sla, clock.instant());
        });
  }

  @Override
  public OrgTree orgTree() {
    return snapshot().org();
  }

  @Override
  public List<Category> categories() {
    return snapshot().categories();
  }

  @Override
  public Optional<Category> category(CategoryId id) {
    return Optional.ofNullable(snapshot().byId().get(id));
  }

  @Override
  public WorkCalendar calendar() {
    return snapshot().calendar();
  }

  @Override
  public SlaPolicies slaPolicies() {
    return snapshot().sla();
  }
}
