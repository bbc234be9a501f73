package gov.hotline.infra.db.dispatch;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.dispatch.Tables.CATALOGUE_VERSION;
import static gov.hotline.infra.db.schema.dispatch.Tables.DIRECTORY;
import static gov.hotline.infra.db.schema.dispatch.Tables.PLACE;
import static gov.hotline.infra.db.schema.dispatch.Tables.UNIT_PROFILE;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.UnitId;
import gov.hotline.dispatch.domain.Catalogue;
import gov.hotline.dispatch.domain.Place;
import gov.hotline.dispatch.domain.PlaceKind;
import gov.hotline.dispatch.domain.UnitProfile;
import gov.hotline.dispatch.port.DirectoryRepository;
import gov.hotline.infra.db.schema.dispatch.tables.records.CatalogueVersionRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.exception.IntegrityConstraintViolationException;

/** jOOQ implementation of {@link DirectoryRepository}. */
final class JooqDirectoryRepository implements DirectoryRepository {
  private final DSLContext db;
  private final Clock clock;

  JooqDirectoryRepository(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public Optional<String> district() {
    return db.select(DIRECTORY.DISTRICT)
        .from(DIRECTORY)
        .where(DIRECTORY.ID.eq(1))
        .fetchOptional(DIRECTORY.DISTRICT);
  }

  @Override
  public void saveDistrict(String district, String sourceVersion) {
    db.insertInto(DIRECTORY)
        .set(DIRECTORY.ID, 1)
        .set(DIRECTORY.DISTRICT, district)
        .set(DIRECTORY.SOURCE_VERSION, sourceVersion)
        .onConflict(DIRECTORY.ID)
        .doUpdate()
        .set(DIRECTORY.DISTRICT, district)
        .set(DIRECTORY.SOURCE_VERSION, sourceVersion)
        .set(DIRECTORY.IMPORTED_AT, OffsetDateTime.now(clock))
        .execute();
  }

  @Override
  public List<UnitProfile> profiles() {
    Map<String, List<Place>> places = new LinkedHashMap<>();
    db.selectFrom(PLACE)
        .orderBy(PLACE.UNIT_ID, PLACE.POSITION)
        .forEach(
            r ->
                places
                    .computeIfAbsent(r.getUnitId(), k -> new ArrayList<>())
                    .add(new Place(r.getName(), PlaceKind.valueOf(r.getKind()))));
    Map<String, UnitProfile> out = new LinkedHashMap<>();
    db.selectFrom(UNIT_PROFILE)
        .forEach(
            r ->
                out.put(
                    r.getUnitId(),
                    new UnitProfile(
                        UnitId.of(r.getUnitId()),
                        r.getService(),
                        r.getServiceArea(),
                        places.getOrDefault(r.getUnitId(), List.of()))));
    places.forEach(
        (unit, list) -> out.putIfAbsent(unit, new UnitProfile(UnitId.of(unit), null, null, list)));
    return List.copyOf(out.values());
  }

  @Override
  public void saveProfile(UnitProfile p) {
    db.insertInto(UNIT_PROFILE)
        .set(UNIT_PROFILE.UNIT_ID, p.unitId().value())
        .set(UNIT_PROFILE.SERVICE, p.service())
        .set(UNIT_PROFILE.SERVICE_AREA, p.serviceArea())
        .onConflict(UNIT_PROFILE.UNIT_ID)
        .doUpdate()
        .set(UNIT_PROFILE.SERVICE, p.service())
        .set(UNIT_PROFILE.SERVICE_AREA, p.serviceArea())
        .set(UNIT_PROFILE.UPDATED_AT, OffsetDateTime.now(clock))
        .execute();
    replacePlaces(p.unitId(), p.places());
  }

  @Override
  public void replacePlaces(UnitId unit, List<Place> places) {
    db.deleteFrom(PLACE).where(PLACE.UNIT_ID.eq(unit.value())).execute();
    var insert = db.insertInto(PLACE, PLACE.UNIT_ID, PLACE.NAME, PLACE.KIND, PLACE.POSITION);
    for (int i = 0; i < places.size(); i++) {
      insert = insert.values(unit.value(), places.get(i).name(), places.get(i).kind().name(), i);
    }
    if (!places.isEmpty()) {
      insert.execute();
    }
  }

  @Override
  public Optional<Catalogue> currentCatalogue() {
    return db.selectFrom(CATALOGUE_VERSION)
        .orderBy(CATALOGUE_VERSION.VERSION.desc())
        .limit(1)
        .fetchOptional()
        .map(JooqDirectoryRepository::toCatalogue);
  }

  @Override
  public Optional<Catalogue> catalogue(int version) {
    return db.selectFrom(CATALOGUE_VERSION)
        .where(CATALOGUE_VERSION.VERSION.eq(version))
        .fetchOptional()
        .map(JooqDirectoryRepository::toCatalogue);
  }

  @Override
  public List<Catalogue> catalogueVersions() {
    return db.select(
            CATALOGUE_VERSION.VERSION,
            CATALOGUE_VERSION.CREATED_AT,
            CATALOGUE_VERSION.CREATED_BY,
            CATALOGUE_VERSION.NOTE)
        .from(CATALOGUE_VERSION)
        .orderBy(CATALOGUE_VERSION.VERSION.desc())
        .fetch(
            r ->
                new Catalogue(
                    r.value1(), List.of(), Map.of(), instant(r.value2()), r.value3(), r.value4()));
  }

  @Override
  public void insertCatalogue(Catalogue c) {
    try {
      db.insertInto(CATALOGUE_VERSION)
          .set(CATALOGUE_VERSION.VERSION, c.version())
          .set(CATALOGUE_VERSION.ENTRIES, JSONB.valueOf(CatalogueJson.entries(c.entries())))
          .set(
              CATALOGUE_VERSION.PLACEHOLDERS,
              JSONB.valueOf(CatalogueJson.placeholders(c.placeholders())))
          .set(CATALOGUE_VERSION.CREATED_AT, offset(c.createdAt()))
          .set(CATALOGUE_VERSION.CREATED_BY, c.createdBy())
          .set(CATALOGUE_VERSION.NOTE, c.note() == null ? "" : c.note())
          .execute();
    } catch (IntegrityConstraintViolationException e) {
      throw DomainException.conflict(
          "CATALOGUE_CHANGED", "派单目录已被他人修改（版本 " + c.version() + " 已存在），请刷新后重试");
    }
  }

  private static Catalogue toCatalogue(CatalogueVersionRecord r) {
    return new Catalogue(
        r.getVersion(),
        CatalogueJson.entries(r.getEntries().data()),
        CatalogueJson.placeholders(r.getPlaceholders().data()),
        instant(r.getCreatedAt()),
        r.getCreatedBy(),
        r.getNote());
  }
}
