package gov.hotline.dispatch.service;

import gov.hotline.core.calendar.TimeLimit;
import gov.hotline.core.calendar.WorkCalendar;
import gov.hotline.core.category.Category;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.TicketNo;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import gov.hotline.core.port.CityRepository;
import gov.hotline.core.port.NoticeRepository;
import gov.hotline.core.port.RatingRepository;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.port.ReferenceDataRepository;
import gov.hotline.core.port.Repositories;
import gov.hotline.core.port.TicketRepository;
import gov.hotline.core.port.UserRepository;
import gov.hotline.core.sla.SlaPolicies;
import gov.hotline.core.sla.SlaPolicy;
import gov.hotline.core.ticket.Appeal;
import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.Assignment;
import gov.hotline.core.ticket.Caller;
import gov.hotline.core.ticket.Channel;
import gov.hotline.core.ticket.HistoryEntry;
import gov.hotline.core.ticket.InMemoryStore;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketStatus;
import gov.hotline.core.ticket.Urgency;
import gov.hotline.dispatch.SampleDirectory;
import gov.hotline.dispatch.domain.Alert;
import gov.hotline.dispatch.domain.AlertKind;
import gov.hotline.dispatch.domain.AppealSnapshot;
import gov.hotline.dispatch.domain.Catalogue;
import gov.hotline.dispatch.domain.DirectoryImporter;
import gov.hotline.dispatch.domain.DispatchDirectory;
import gov.hotline.dispatch.domain.DueTicket;
import gov.hotline.dispatch.domain.DuplicateCandidate;
import gov.hotline.dispatch.domain.DuplicateRule;
import gov.hotline.dispatch.domain.DuplicateStatus;
import gov.hotline.dispatch.domain.Hotspot;
import gov.hotline.dispatch.domain.HotspotRule;
import gov.hotline.dispatch.domain.HotspotStatus;
import gov.hotline.dispatch.domain.KeywordLexicon;
import gov.hotline.dispatch.domain.Place;
import gov.hotline.dispatch.domain.UnitProfile;
import gov.hotline.dispatch.port.ClusterRepository;
import gov.hotline.dispatch.port.DecisionRepository;
import gov.hotline.dispatch.port.DirectoryRepository;
import gov.hotline.dispatch.port.DispatchRecord;
import gov.hotline.dispatch.port.DispatchRepositories;
import gov.hotline.dispatch.port.DispatchTransactions;
import gov.hotline.dispatch.port.EscalationRepository;
import gov.hotline.dispatch.port.IntakeTicket;
import gov.hotline.dispatch.port.JobLock;
import gov.hotline.dispatch.port.ScanRepository;
import gov.hotline.dispatch.port.SimilarTickets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Dispatch's ports kept in memory for fast service tests: tickets (core's {@link InMemoryStore},
 * with the version check a real repository does), profiles, duplicates, merges, hotspots,
 * escalation warnings, scan positions and the Haidian sample directory as the reference data. Every
 * transaction runs at once on the same maps; a job lock can be held by "another instance".
 */
final class InMemoryDispatch
    implements DispatchTransactions, DispatchRepositories, Repositories, JobLock, ReferenceData {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final DispatchDirectory SAMPLE = SampleDirectory.directory();

  private final InMemoryStore tickets = new InMemoryStore();
  final Map<Long, AppealSnapshot> profiles = new LinkedHashMap<>();
  final Map<Long, DuplicateCandidate> duplicates = new LinkedHashMap<>();
  final Map<Long, Long> merges = new LinkedHashMap<>();
  final Map<Long, Hotspot> hotspots = new LinkedHashMap<>();
  final Map<Long, Alert> alerts = new LinkedHashMap<>();
  final Map<String, Long> positions = new HashMap<>();
  final List<IntakeTicket> intake = new ArrayList<>();
  final Map<Long, List<SimilarTickets.Hit>> similar = new HashMap<>();
  final Set<Long> closed = new HashSet<>();
  final Set<Long> failing = new HashSet<>();
  String heldElsewhere;
  private long nextHotspot = 1;

  // --- transactions and the job lock

  @Override
  public <T> T inTransaction(Function<DispatchRepositories, T> work) {
    return work.apply(this);
  }

  @Override
  public boolean runExclusively(String job, Duration wait, Runnable work) {
    if (job.equals(heldElsewhere)) {
      return false;
    }
    work.run();
    return true;
  }

  // --- reference data: the Haidian sample, a calendar without holidays, one SLA policy

  @Override
  public OrgTree orgTree() {
    return SAMPLE.org();
  }

  @Override
  public List<Category> categories() {
    return SAMPLE.categories();
  }

  @Override
  public Optional<Category> category(CategoryId id) {
    return SAMPLE.categories().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  @Override
  public WorkCalendar calendar() {
    return WorkCalendar.builder(SHANGHAI).build();
  }

  @Override
  public SlaPolicies slaPolicies() {
    return new SlaPolicies(
        List.of(
            new SlaPolicy(
                null,
                Urgency.NORMAL,
                TimeLimit.workingHours(4),
                TimeLimit.workingDays(15),
                TimeLimit.workingDays(3))),
        c -> null);
  }

  // --- the repositories of one transaction

  @Override
  public Repositories core() {
    return this;
  }

  @Override
  public RatingRepository ratings() {
    return tickets.ratings();
  }

  @Override
  public CityRepository city() {
    return tickets.city();
  }

  @Override
  public NoticeRepository notices() {
    return tickets.notices();
  }

  @Override
  public TicketRepository tickets() {
    return tickets;
  }

  @Override
  public UserRepository users() {
    throw new UnsupportedOperationException("not used by dispatch's services");
  }

  @Override
  public ReferenceDataRepository referenceData() {
    throw new UnsupportedOperationException("not used by dispatch's services");
  }

  @Override
  public DirectoryRepository directory() {
    return directory;
  }

  @Override
  public DecisionRepository decisions() {
    throw new UnsupportedOperationException("no decisions in these tests");
  }

  @Override
  public ClusterRepository clusters() {
    return clusters;
  }

  @Override
  public EscalationRepository escalation() {
    return escalation;
  }

  @Override
  public ScanRepository scans() {
    return scans;
  }

  // --- what the tests put in and read back

  Ticket put(Ticket t) {
    return tickets.keep(t);
  }

  /** A complaint received at {@code at}, in {@code status}, led by {@code lead} (null: none). */
  Ticket put(long id, TicketStatus status, UnitId lead, Instant at) {
    Appeal appeal =
        new Appeal(
            Channel.PHONE,
            AppealType.COMPLAINT,
            CategoryId.of("GY04"),
            Urgency.NORMAL,
            "海淀区安宁里5号楼",
            "小区停电，请尽快恢复供电。",
            null);
    Ticket t =
        Ticket.received(
                TicketNo.of("HD", at.atZone(SHANGHAI).toLocalDate(), id),
                new Caller("张三", "13800000001", false),
                appeal,
                at,
                new UserId(101),
                UnitId.of("HD_CENTER"))
            .withId(TicketId.of(id))
            .withStatus(status);
    return put(lead == null ? t : t.withAssignment(new Assignment(lead, List.of())));
  }

  /** The scan over this store, with the sample directory and the default rules. */
  ScanService scanService(Clock clock) {
    DirectoryService directory =
        new DirectoryService(
            this,
            this,
            () -> {},
            new DirectoryImporter(DirectoryImporter.Roots.DEFAULT, KeywordLexicon.defaults()),
            clock,
            Duration.ofMinutes(5));
    SimilarTickets similarTickets = similarTickets();
    return new ScanService(
        this,
        directory,
        new RecommendationService(
            directory, this, similarTickets, null, clock, Duration.ofMinutes(5)),
        similarTickets,
        this,
        DuplicateRule.DEFAULT,
        HotspotRule.DEFAULT,
        clock);
  }

  /** A street of the sample district. */
  UnitId aStreet() {
    return orgTree().all().stream()
        .filter(u -> u.type() == UnitType.STREET)
        .map(OrgUnit::id)
        .findFirst()
        .orElseThrow();
  }

  List<HistoryEntry> history() {
    return tickets.history();
  }

  Ticket ticket(long id) {
    return tickets.stored(TicketId.of(id));
  }

  SimilarTickets similarTickets() {
    return (text, exclude, limit) -> {
      if (failing.contains(exclude)) {
        throw new IllegalStateException("similar-ticket search failed for ticket " + exclude);
      }
      return similar.getOrDefault(exclude, List.of()).stream().limit(limit).toList();
    };
  }

  private final DirectoryRepository directory =
      new DirectoryRepository() {
        @Override
        public Optional<String> district() {
          return Optional.of(SAMPLE.district());
        }

        @Override
        public void saveDistrict(String district, String sourceVersion) {
          throw new UnsupportedOperationException("the sample directory is read only");
        }

        @Override
        public List<UnitProfile> profiles() {
          return List.copyOf(SAMPLE.profiles().values());
        }

        @Override
        public void saveProfile(UnitProfile profile) {
          throw new UnsupportedOperationException("the sample directory is read only");
        }

        @Override
        public void replacePlaces(UnitId unit, List<Place> places) {
          throw new UnsupportedOperationException("the sample directory is read only");
        }

        @Override
        public Optional<Catalogue> currentCatalogue() {
          return Optional.of(SAMPLE.catalogue());
        }

        @Override
        public Optional<Catalogue> catalogue(int version) {
          return currentCatalogue().filter(c -> c.version() == version);
        }

        @Override
        public List<Catalogue> catalogueVersions() {
          return List.of(SAMPLE.catalogue());
        }

        @Override
        public void insertCatalogue(Catalogue catalogue) {
          throw new UnsupportedOperationException("the sample directory is read only");
        }
      };

  private final ClusterRepository clusters =
      new ClusterRepository() {
        @Override
        public void saveProfile(AppealSnapshot profile) {
          profiles.putIfAbsent(profile.ticketId(), profile);
        }

        @Override
        public List<AppealSnapshot> profiles(Collection<Long> ticketIds) {
          return ticketIds.stream().map(profiles::get).filter(p -> p != null).toList();
        }

        @Override
        public List<AppealSnapshot> recentInStreet(UnitId street, Instant since) {
          return profiles.values().stream()
              .filter(p -> street != null && street.equals(p.where().streetId()))
              .filter(p -> !p.at().isBefore(since))
              .toList();
        }

        @Override
        public List<AppealSnapshot> recentFromCaller(String phone, Instant since) {
          return profiles.values().stream()
              .filter(p -> phone.equals(p.callerPhone()) && !p.at().isBefore(since))
              .toList();
        }

        @Override
        public void saveDuplicate(DuplicateCandidate candidate) {
          duplicates.putIfAbsent(candidate.ticketId(), candidate);
        }

        @Override
        public Optional<DuplicateCandidate> duplicate(long ticketId) {
          return Optional.ofNullable(duplicates.get(ticketId));
        }

        @Override
        public List<DuplicateCandidate> duplicates(DuplicateStatus status, int limit) {
          return duplicates.values().stream()
              .filter(d -> d.status() == status)
              .limit(limit)
              .toList();
        }

        @Override
        public void decideDuplicate(long ticketId, DuplicateStatus status, long by, Instant at) {
          DuplicateCandidate d = duplicates.get(ticketId);
          duplicates.put(
              ticketId,
              new DuplicateCandidate(
                  d.ticketId(), d.duplicateOf(), d.similarity(), d.reason(), status, at));
        }

        @Override
        public void saveMerge(
            long ticketId, long masterTicketId, long by, Instant at, String note) {
          merges.put(ticketId, masterTicketId);
        }

        @Override
        public List<Long> mergedInto(long masterTicketId) {
          return merges.entrySet().stream()
              .filter(e -> e.getValue() == masterTicketId)
              .map(Map.Entry::getKey)
              .toList();
        }

        @Override
        public Optional<Hotspot> openHotspot(
            UnitId scope, CategoryId category, Instant activeSince) {
          return hotspots.values().stream()
              .filter(h -> h.status() == HotspotStatus.OPEN)
              .filter(h -> h.scopeUnitId().equals(scope) && h.categoryId().equals(category))
              .filter(h -> !h.lastAt().isBefore(activeSince))
              .findFirst();
        }

        @Override
        public long createHotspot(Hotspot h) {
          long id = nextHotspot++;
          hotspots.put(id, withTickets(h, id, h.ticketIds(), h.lastAt(), h.status()));
          return id;
        }

        @Override
        public void addToHotspot(long hotspotId, Collection<Long> ticketIds, Instant lastAt) {
          Hotspot h = hotspots.get(hotspotId);
          List<Long> ids = new ArrayList<>(h.ticketIds());
          ticketIds.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
          hotspots.put(hotspotId, withTickets(h, hotspotId, ids, lastAt, h.status()));
        }

        @Override
        public Optional<Hotspot> hotspot(long id) {
          return Optional.ofNullable(hotspots.get(id));
        }

        @Override
        public List<Hotspot> hotspots(boolean openOnly, Instant since, int limit) {
          return hotspots.values().stream()
              .filter(h -> !openOnly || h.status() == HotspotStatus.OPEN)
              .filter(h -> !h.raisedAt().isBefore(since))
              .limit(limit)
              .toList();
        }

        @Override
        public void closeHotspot(long id) {
          Hotspot h = hotspots.get(id);
          hotspots.put(id, withTickets(h, id, h.ticketIds(), h.lastAt(), HotspotStatus.CLOSED));
        }
      };

  private static Hotspot withTickets(
      Hotspot h, long id, List<Long> ids, Instant lastAt, HotspotStatus status) {
    return new Hotspot(
        id,
        h.scopeUnitId(),
        h.streetId(),
        h.categoryId(),
        h.firstAt(),
        lastAt,
        ids,
        status,
        h.raisedAt());
  }

  /**
   * Warnings are put by the tests (the raising itself is set-based SQL in infra); raising here
   * reports the warnings not urged yet by kind.
   */
  private final EscalationRepository escalation =
      new EscalationRepository() {
        @Override
        public Map<AlertKind, Integer> raiseAlerts(Instant now, double share, Instant nearDueBy) {
          return alerts.values().stream()
              .filter(a -> !a.urged())
              .collect(Collectors.groupingBy(Alert::kind, Collectors.summingInt(a -> 1)));
        }

        @Override
        public void skipAlertsWithoutUnit() {
          alerts.replaceAll((id, a) -> a.unitId() == null ? urged(a) : a);
        }

        @Override
        public List<Alert> alertsToUrge(int limit) {
          return alerts.values().stream().filter(a -> !a.urged()).limit(limit).toList();
        }

        @Override
        public void markUrged(long alertId) {
          alerts.computeIfPresent(alertId, (id, a) -> urged(a));
        }

        @Override
        public List<DueTicket> dueTickets(
            Instant now,
            double share,
            Instant nearDueBy,
            Set<UnitId> units,
            AlertKind kind,
            int limit) {
          return List.of();
        }

        @Override
        public Map<UnitId, Map<AlertKind, Integer>> dueCounts(
            Instant now, double share, Instant nearDueBy, Set<UnitId> units) {
          return Map.of();
        }
      };

  private static Alert urged(Alert a) {
    return new Alert(a.id(), a.ticketId(), a.kind(), a.dueAt(), a.unitId(), a.raisedAt(), true);
  }

  private final ScanRepository scans =
      new ScanRepository() {
        @Override
        public long position(String job) {
          return positions.getOrDefault(job, 0L);
        }

        @Override
        public void moveTo(String job, long position) {
          positions.put(job, position);
        }

        @Override
        public List<IntakeTicket> ticketsToProfile(long position, int limit) {
          return intake.stream()
              .filter(t -> !profiles.containsKey(t.ticketId()))
              .filter(t -> t.ticketId() > position - LOOK_BACK)
              .limit(limit)
              .toList();
        }

        @Override
        public Set<Long> open(Collection<Long> ticketIds) {
          return ticketIds.stream().filter(id -> !closed.contains(id)).collect(Collectors.toSet());
        }

        @Override
        public List<DispatchRecord> dispatchesToRecord(long position, int limit) {
          return List.of();
        }
      };
}
