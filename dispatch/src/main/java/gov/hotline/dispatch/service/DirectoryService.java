package gov.hotline.dispatch.service;

import gov.hotline.core.category.Category;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.text.Embedder;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.dispatch.domain.Catalogue;
import gov.hotline.dispatch.domain.CatalogueEditor;
import gov.hotline.dispatch.domain.CatalogueEntry;
import gov.hotline.dispatch.domain.DirectoryImport;
import gov.hotline.dispatch.domain.DirectoryImporter;
import gov.hotline.dispatch.domain.DirectoryPlan;
import gov.hotline.dispatch.domain.DispatchDirectory;
import gov.hotline.dispatch.domain.EntryVectors;
import gov.hotline.dispatch.domain.Place;
import gov.hotline.dispatch.domain.Recommender;
import gov.hotline.dispatch.domain.UnitProfile;
import gov.hotline.dispatch.port.DispatchRepositories;
import gov.hotline.dispatch.port.DispatchTransactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * The unit directory as dispatch sees it (单位目录与辖区): importing a whole directory (units.json),
 * editing gazetteers and the versioned catalogue, and the current {@link Recommender}, rebuilt when
 * the reference data or dispatch's own data change (here at once, from other instances within
 * {@code maxAge}).
 */
public final class DirectoryService {
  private final DispatchTransactions tx;
  private final ReferenceData reference;
  private final Runnable referenceChanged;
  private final DirectoryImporter importer;
  private final Clock clock;
  private final Duration maxAge;
  private final AtomicReference<Snapshot> current = new AtomicReference<>();
  private final Embedder embedder;

  /** The catalogue's vectors, kept while the catalogue and the category names stay the same. */
  private final AtomicReference<Vectors> vectors = new AtomicReference<>();

  private record Vectors(Catalogue catalogue, List<Category> categories, EntryVectors of) {}

  /** {@code awaitsModel}: built lexical-only while the model was still loading. */
  private record Snapshot(
      Recommender recommender,
      OrgTree org,
      List<Category> categories,
      Instant loadedAt,
      boolean awaitsModel) {}

  /** What an import stored. */
  public record ImportSummary(
      String district,
      int units,
      int communities,
      int categories,
      int places,
      int catalogueEntries,
      int catalogueVersion,
      boolean catalogueChanged) {}

  public DirectoryService(
      DispatchTransactions tx,
      ReferenceData reference,
      Runnable referenceChanged,
      DirectoryImporter importer,
      Clock clock,
      Duration maxAge) {
    this(tx, reference, referenceChanged, importer, clock, maxAge, null);
  }

  /**
   * With the catalogue's dense vectors as one more recommendation signal ({@code embedder} null:
   * lexical signals only).
   */
  public DirectoryService(
      DispatchTransactions tx,
      ReferenceData reference,
      Runnable referenceChanged,
      DirectoryImporter importer,
      Clock clock,
      Duration maxAge,
      Embedder embedder) {
    this.embedder = embedder;
    this.tx = tx;
    this.reference = reference;
    this.referenceChanged = referenceChanged;
    this.importer = importer;
    this.clock = clock;
    this.maxAge = maxAge;
  }

  public Recommender recommender() {
    OrgTree org = reference.orgTree();
    List<Category> categories = reference.categories();
    Snapshot s = current.get();
    if (s == null
        || s.org() != org
        || s.categories() != categories
        || (s.awaitsModel() && embedder.ready())
        || s.loadedAt().plus(maxAge).isBefore(clock.instant())) {
      s = load(org, categories);
      current.set(s);
    }
    return s.recommender();
  }

  private Snapshot load(OrgTree org, List<Category> categories) {
    DispatchDirectory dir =
        tx.inTransaction(
            r -> {
              Map<UnitId, UnitProfile> profiles = new LinkedHashMap<>();
              r.directory().profiles().forEach(p -> profiles.put(p.unitId(), p));
              String district =
                  r.directory()
                      .district()
                      .orElseGet(
                          () ->
                              org.all().stream()
                                  .filter(u -> u.type() == UnitType.DISTRICT)
                                  .findFirst()
                                  .map(u -> u.aliases().isEmpty() ? u.name() : u.aliases().get(0))
                                  .orElse("本区"));
              Catalogue catalogue = r.directory().currentCatalogue().orElse(Catalogue.EMPTY);
              return new DispatchDirectory(district, org, categories, profiles, catalogue);
            });
    // the catalogue's vectors are computed outside the transaction (a model call per entry)
    EntryVectors v = vectorsOf(dir, categories);
    return new Snapshot(
        new Recommender(dir, v), org, categories, clock.instant(), v == null && embedder != null);
  }

  private EntryVectors vectorsOf(DispatchDirectory dir, List<Category> categories) {
    if (embedder == null || !embedder.ready()) {
      return null;
    }
    Catalogue catalogue = dir.catalogue();
    Vectors v = vectors.get();
    if (v == null || !v.catalogue().equals(catalogue) || !v.categories().equals(categories)) {
      v = new Vectors(catalogue, categories, EntryVectors.of(dir, embedder));
      vectors.set(v);
    }
    return v.of();
  }

  /** Forgets the snapshot; the next use loads the stored data. */
  public void refresh() {
    current.set(null);
  }

  public ImportSummary importDirectory(Actor actor, DirectoryImport in) {
    requireAdmin(actor);
    DirectoryPlan plan = importer.plan(in);
    Instant now = clock.instant();
    ImportSummary summary = tx.inTransaction(r -> store(r, plan, in.version(), actor, now));
    referenceChanged.run();
    refresh();
    return summary;
  }

  private static ImportSummary store(
      DispatchRepositories r, DirectoryPlan plan, String sourceVersion, Actor actor, Instant now) {
    var ref = r.core().referenceData();
    plan.categories().stream().filter(c -> !c.isLeaf()).forEach(ref::upsertCategory);
    plan.categories().stream().filter(Category::isLeaf).forEach(ref::upsertCategory);
    plan.units().forEach(ref::upsertUnit); // parents come before their children in a plan
    plan.profiles().forEach(r.directory()::saveProfile);
    r.directory().saveDistrict(plan.district(), sourceVersion);
    Catalogue previous = r.directory().currentCatalogue().orElse(Catalogue.EMPTY);
    Catalogue imported =
        new Catalogue(
            previous.version() + 1,
            plan.entries(),
            plan.placeholders(),
            now,
            actor.username(),
            "导入单位目录" + (sourceVersion == null ? "" : "（" + sourceVersion + "）"));
    boolean changed = !imported.sameContentAs(previous);
    if (changed) {
      r.directory().insertCatalogue(imported);
    }
    int communities =
        (int)
            plan.units().stream()
                .filter(u -> u.type() == UnitType.COMMUNITY || u.type() == UnitType.VILLAGE)
                .count();
    int places = plan.profiles().stream().mapToInt(p -> p.places().size()).sum();
    return new ImportSummary(
        plan.district(),
        plan.units().size(),
        communities,
        plan.categories().size(),
        places,
        plan.entries().size(),
        changed ? imported.version() : previous.version(),
        changed);
  }

  public List<Place> places(UnitId unit) {
    requireTerritorial(unit);
    return recommender().directory().profile(unit).places();
  }

  public List<Place> savePlaces(Actor actor, UnitId unit, List<Place> places) {
    requireAdmin(actor);
    requireTerritorial(unit);
    if (places.size() > 5000) {
      throw DomainException.invalid("TOO_MANY_PLACES", "一个街镇的地名不能超过 5000 个");
    }
    Set<String> names = new HashSet<>();
    for (Place p : places) {
      if (p.name().isBlank() || p.name().length() > 50) {
        throw DomainException.invalid("INVALID_PLACE", "地名须为 1–50 个字：" + p.name());
      }
      if (!names.add(p.name())) {
        throw DomainException.invalid("DUPLICATE_PLACE", "地名重复：" + p.name());
      }
    }
    tx.inTransaction(
        r -> {
          r.directory().replacePlaces(unit, places);
          return null;
        });
    refresh();
    return places;
  }

  private void requireTerritorial(UnitId unit) {
    OrgUnit u =
        reference
            .orgTree()
            .find(unit)
            .orElseThrow(() -> DomainException.notFound("UNIT_NOT_FOUND", "单位不存在：" + unit));
    if (!DispatchDirectory.isTerritorial(u)) {
      throw DomainException.invalid("NOT_TERRITORIAL", "只有街道、乡镇有地名库：" + u.name());
    }
  }

  /** The current catalogue, or the given version of it. */
  public Catalogue catalogue(Integer version) {
    if (version == null) {
      return tx.inTransaction(r -> r.directory().currentCatalogue()).orElse(Catalogue.EMPTY);
    }
    return tx.inTransaction(r -> r.directory().catalogue(version))
        .orElseThrow(
            () -> DomainException.notFound("CATALOGUE_VERSION_NOT_FOUND", "派单目录没有该版本：" + version));
  }

  public List<Catalogue> catalogueVersions() {
    return tx.inTransaction(r -> r.directory().catalogueVersions());
  }

  public Catalogue saveEntry(Actor actor, CatalogueEntry entry, String note) {
    return edit(
        actor, (editor, cur) -> editor.upsert(cur, entry, clock.instant(), actor.username(), note));
  }

  public Catalogue deleteEntry(Actor actor, String entryId, String note) {
    return edit(
        actor,
        (editor, cur) -> editor.remove(cur, entryId, clock.instant(), actor.username(), note));
  }

  private Catalogue edit(Actor actor, BiFunction<CatalogueEditor, Catalogue, Catalogue> change) {
    requireAdmin(actor);
    CatalogueEditor editor = new CatalogueEditor(reference.orgTree(), reference.categories());
    Catalogue next =
        tx.inTransaction(
            r -> {
              Catalogue cur = r.directory().currentCatalogue().orElse(Catalogue.EMPTY);
              Catalogue n = change.apply(editor, cur);
              r.directory().insertCatalogue(n);
              return n;
            });
    refresh();
    return next;
  }

  private static void requireAdmin(Actor actor) {
    if (actor.role() != Role.ADMIN) {
      throw DomainException.forbidden("只有系统管理员可以修改单位目录、地名库和派单目录");
    }
  }
}
