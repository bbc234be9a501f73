package gov.hotline.infra.db.dispatch;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.dispatch.Tables.DUPLICATE;
import static gov.hotline.infra.db.schema.dispatch.Tables.HOTSPOT;
import static gov.hotline.infra.db.schema.dispatch.Tables.HOTSPOT_TICKET;
import static gov.hotline.infra.db.schema.dispatch.Tables.MERGE;
import static gov.hotline.infra.db.schema.dispatch.Tables.TICKET_PROFILE;

import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.dispatch.domain.AppealSnapshot;
import gov.hotline.dispatch.domain.DuplicateCandidate;
import gov.hotline.dispatch.domain.DuplicateStatus;
import gov.hotline.dispatch.domain.Hotspot;
import gov.hotline.dispatch.domain.HotspotStatus;
import gov.hotline.dispatch.domain.Jurisdiction;
import gov.hotline.dispatch.domain.ResolutionStatus;
import gov.hotline.dispatch.port.ClusterRepository;
import gov.hotline.infra.db.schema.dispatch.tables.records.DuplicateRecord;
import gov.hotline.infra.db.schema.dispatch.tables.records.HotspotRecord;
import gov.hotline.infra.db.schema.dispatch.tables.records.TicketProfileRecord;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** jOOQ implementation of {@link ClusterRepository}. */
final class JooqClusterRepository implements ClusterRepository {
  private final DSLContext db;

  JooqClusterRepository(DSLContext db) {
    this.db = db;
  }

  @Override
  public void saveProfile(AppealSnapshot p) {
    Jurisdiction w = p.where();
    db.insertInto(TICKET_PROFILE)
        .set(TICKET_PROFILE.TICKET_ID, p.ticketId())
        .set(TICKET_PROFILE.TICKET_NO, p.ticketNo())
        .set(TICKET_PROFILE.CREATED_AT, offset(p.at()))
        .set(TICKET_PROFILE.CALLER_PHONE, p.callerPhone())
        .set(TICKET_PROFILE.CATEGORY_ID, p.categoryId() == null ? "" : p.categoryId().value())
        .set(TICKET_PROFILE.RESOLUTION, w.status().name())
        .set(TICKET_PROFILE.STREET_ID, w.streetId() == null ? null : w.streetId().value())
        .set(TICKET_PROFILE.COMMUNITY_ID, w.communityId() == null ? null : w.communityId().value())
        .set(TICKET_PROFILE.CONFIDENCE, w.confidence())
        .set(TICKET_PROFILE.PLACES, w.matched().toArray(String[]::new))
        .onConflict(TICKET_PROFILE.TICKET_ID)
        .doNothing()
        .execute();
  }

  @Override
  public List<AppealSnapshot> profiles(Collection<Long> ticketIds) {
    if (ticketIds.isEmpty()) {
      return List.of();
    }
    return db.selectFrom(TICKET_PROFILE)
        .where(TICKET_PROFILE.TICKET_ID.in(ticketIds))
        .fetch(JooqClusterRepository::toSnapshot);
  }

  @Override
  public List<AppealSnapshot> recentInStreet(UnitId street, Instant since) {
    return db.selectFrom(TICKET_PROFILE)
        .where(
            TICKET_PROFILE.STREET_ID.eq(street.value()),
            TICKET_PROFILE.CREATED_AT.ge(offset(since)))
        .orderBy(TICKET_PROFILE.CREATED_AT)
        .limit(1000)
        .fetch(JooqClusterRepository::toSnapshot);
  }

  @Override
  public List<AppealSnapshot> recentFromCaller(String phone, Instant since) {
    return db.selectFrom(TICKET_PROFILE)
        .where(TICKET_PROFILE.CALLER_PHONE.eq(phone), TICKET_PROFILE.CREATED_AT.ge(offset(since)))
        .orderBy(TICKET_PROFILE.CREATED_AT)
        .limit(100)
        .fetch(JooqClusterRepository::toSnapshot);
  }

  private static AppealSnapshot toSnapshot(TicketProfileRecord r) {
    Jurisdiction where =
        new Jurisdiction(
            ResolutionStatus.valueOf(r.getResolution()),
            r.getStreetId() == null ? null : UnitId.of(r.getStreetId()),
            r.getCommunityId() == null ? null : UnitId.of(r.getCommunityId()),
            r.getConfidence(),
            Arrays.asList(r.getPlaces()),
            List.of(),
            "",
            false);
    return new AppealSnapshot(
        r.getTicketId(),
        r.getTicketNo(),
        instant(r.getCreatedAt()),
        r.getCallerPhone(),
        where,
        r.getCategoryId().isEmpty() ? null : CategoryId.of(r.getCategoryId()));
  }

  @Override
  public void saveDuplicate(DuplicateCandidate d) {
    db.insertInto(DUPLICATE)
        .set(DUPLICATE.TICKET_ID, d.ticketId())
        .set(DUPLICATE.DUPLICATE_OF, d.duplicateOf())
        .set(DUPLICATE.SIMILARITY, d.similarity())
        .set(DUPLICATE.REASON, d.reason())
        .set(DUPLICATE.STATUS, d.status().name())
        .set(DUPLICATE.DETECTED_AT, offset(d.detectedAt()))
        .onConflict(DUPLICATE.TICKET_ID)
        .doNothing()
        .execute();
  }

  @Override
  public Optional<DuplicateCandidate> duplicate(long ticketId) {
    return db.selectFrom(DUPLICATE)
        .where(DUPLICATE.TICKET_ID.eq(ticketId))
        .fetchOptional()
        .map(JooqClusterRepository::toDuplicate);
  }

  @Override
  public List<DuplicateCandidate> duplicates(DuplicateStatus status, int limit) {
    return db.selectFrom(DUPLICATE)
        .where(DUPLICATE.STATUS.eq(status.name()))
        .orderBy(DUPLICATE.DETECTED_AT.desc(), DUPLICATE.TICKET_ID.desc())
        .limit(limit)
        .fetch(JooqClusterRepository::toDuplicate);
  }

  private static DuplicateCandidate toDuplicate(DuplicateRecord r) {
    return new DuplicateCandidate(
        r.getTicketId(),
        r.getDuplicateOf(),
        r.getSimilarity(),
        r.getReason(),
        DuplicateStatus.valueOf(r.getStatus()),
        instant(r.getDetectedAt()));
  }

  @Override
  public void decideDuplicate(long ticketId, DuplicateStatus status, long by, Instant at) {
    db.update(DUPLICATE)
        .set(DUPLICATE.STATUS, status.name())
        .set(DUPLICATE.DECIDED_BY, by)
        .set(DUPLICATE.DECIDED_AT, offset(at))
        .where(DUPLICATE.TICKET_ID.eq(ticketId))
        .execute();
  }

  @Override
  public void saveMerge(long ticketId, long masterTicketId, long by, Instant at, String note) {
    db.insertInto(MERGE)
        .set(MERGE.TICKET_ID, ticketId)
        .set(MERGE.MASTER_TICKET_ID, masterTicketId)
        .set(MERGE.MERGED_BY, by)
        .set(MERGE.MERGED_AT, offset(at))
        .set(MERGE.NOTE, note)
        .onConflict(MERGE.TICKET_ID)
        .doNothing()
        .execute();
  }

  @Override
  public List<Long> mergedInto(long masterTicketId) {
    return db.select(MERGE.TICKET_ID)
        .from(MERGE)
        .where(MERGE.MASTER_TICKET_ID.eq(masterTicketId))
        .orderBy(MERGE.TICKET_ID)
        .fetch(MERGE.TICKET_ID);
  }

  @Override
  public Optional<Hotspot> openHotspot(UnitId scope, CategoryId category, Instant activeSince) {
    return db.selectFrom(HOTSPOT)
        .where(
            HOTSPOT.SCOPE_UNIT_ID.eq(scope.value()),
            HOTSPOT.CATEGORY_ID.eq(category.value()),
            HOTSPOT.STATUS.eq(HotspotStatus.OPEN.name()),
            HOTSPOT.LAST_AT.ge(offset(activeSince)))
        .orderBy(HOTSPOT.LAST_AT.desc())
        .limit(1)
        .fetchOptional()
        .map(this::toHotspot);
  }

  @Override
  public long createHotspot(Hotspot h) {
    long id =
        db.insertInto(HOTSPOT)
            .set(HOTSPOT.SCOPE_UNIT_ID, h.scopeUnitId().value())
            .set(HOTSPOT.STREET_ID, h.streetId() == null ? null : h.streetId().value())
            .set(HOTSPOT.CATEGORY_ID, h.categoryId().value())
            .set(HOTSPOT.FIRST_AT, offset(h.firstAt()))
            .set(HOTSPOT.LAST_AT, offset(h.lastAt()))
            .set(HOTSPOT.STATUS, h.status().name())
            .set(HOTSPOT.RAISED_AT, offset(h.raisedAt()))
            .returning(HOTSPOT.ID)
            .fetchOne(HOTSPOT.ID);
    addToHotspot(id, h.ticketIds(), h.lastAt());
    return id;
  }

  @Override
  public void addToHotspot(long hotspotId, Collection<Long> ticketIds, Instant lastAt) {
    for (Long t : ticketIds) {
      db.insertInto(HOTSPOT_TICKET)
          .set(HOTSPOT_TICKET.HOTSPOT_ID, hotspotId)
          .set(HOTSPOT_TICKET.TICKET_ID, t)
          .onConflictDoNothing()
          .execute();
    }
    db.update(HOTSPOT)
        .set(HOTSPOT.LAST_AT, offset(lastAt))
        .where(HOTSPOT.ID.eq(hotspotId), HOTSPOT.LAST_AT.lt(offset(lastAt)))
        .execute();
  }

  @Override
  public Optional<Hotspot> hotspot(long id) {
    return db.selectFrom(HOTSPOT).where(HOTSPOT.ID.eq(id)).fetchOptional().map(this::toHotspot);
  }

  @Override
  public List<Hotspot> hotspots(boolean openOnly, Instant since, int limit) {
    var where = HOTSPOT.RAISED_AT.ge(offset(since));
    if (openOnly) {
      where = where.and(HOTSPOT.STATUS.eq(HotspotStatus.OPEN.name()));
    }
    return db.selectFrom(HOTSPOT)
        .where(where)
        .orderBy(HOTSPOT.RAISED_AT.desc(), HOTSPOT.ID.desc())
        .limit(limit)
        .fetch(this::toHotspot);
  }

  @Override
  public void closeHotspot(long id) {
    db.update(HOTSPOT)
        .set(HOTSPOT.STATUS, HotspotStatus.CLOSED.name())
        .where(HOTSPOT.ID.eq(id))
        .execute();
  }

  private Hotspot toHotspot(HotspotRecord r) {
    List<Long> tickets =
        db.select(HOTSPOT_TICKET.TICKET_ID)
            .from(HOTSPOT_TICKET)
            .where(HOTSPOT_TICKET.HOTSPOT_ID.eq(r.getId()))
            .orderBy(HOTSPOT_TICKET.TICKET_ID)
            .fetch(HOTSPOT_TICKET.TICKET_ID);
    return new Hotspot(
        r.getId(),
        UnitId.of(r.getScopeUnitId()),
        r.getStreetId() == null ? null : UnitId.of(r.getStreetId()),
        CategoryId.of(r.getCategoryId()),
        instant(r.getFirstAt()),
        instant(r.getLastAt()),
        tickets,
        HotspotStatus.valueOf(r.getStatus()),
        instant(r.getRaisedAt()));
  }
}
