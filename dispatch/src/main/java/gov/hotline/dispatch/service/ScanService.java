package gov.hotline.dispatch.service;

import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.dispatch.domain.AppealSnapshot;
import gov.hotline.dispatch.domain.DuplicateCandidate;
import gov.hotline.dispatch.domain.DuplicateRule;
import gov.hotline.dispatch.domain.DuplicateStatus;
import gov.hotline.dispatch.domain.Hotspot;
import gov.hotline.dispatch.domain.HotspotRule;
import gov.hotline.dispatch.domain.HotspotStatus;
import gov.hotline.dispatch.domain.Jurisdiction;
import gov.hotline.dispatch.port.DispatchRecord;
import gov.hotline.dispatch.port.DispatchRepositories;
import gov.hotline.dispatch.port.DispatchTransactions;
import gov.hotline.dispatch.port.IntakeTicket;
import gov.hotline.dispatch.port.JobLock;
import gov.hotline.dispatch.port.SimilarTickets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatch scan, run by one instance at a time: places each new ticket (属地), flags it as a
 * probable duplicate of an open one or adds it to a hotspot, and records each new dispatch of the
 * ticket history as a decision.
 */
public final class ScanService {
  static final String JOB = "dispatch.scan";
  static final String TICKETS = "dispatch.scan.tickets";
  static final String DISPATCHES = "dispatch.scan.dispatches";
  private static final Logger LOG = LoggerFactory.getLogger(ScanService.class);
  private static final int BATCH = 200;

  /** Batches one scan handles at most, so that a backlog is worked off over several turns. */
  private static final int MAX_BATCHES = 25;

  private static final int CANDIDATES = 20;

  private final DispatchTransactions tx;
  private final DirectoryService directory;
  private final RecommendationService recommendations;
  private final SimilarTickets similar;
  private final JobLock lock;
  private final DuplicateRule duplicates;
  private final HotspotRule hotspots;
  private volatile Consumer<ScanResult> scanned = r -> {};
  private final Clock clock;

  /** What one scan did; {@code ran} is false when another instance was scanning. */
  public record ScanResult(
      boolean ran, int tickets, int duplicates, int hotspotTickets, int decisions) {
    static final ScanResult SKIPPED = new ScanResult(false, 0, 0, 0, 0);
  }

  public ScanService(
      DispatchTransactions tx,
      DirectoryService directory,
      RecommendationService recommendations,
      SimilarTickets similar,
      JobLock lock,
      DuplicateRule duplicates,
      HotspotRule hotspots,
      Clock clock) {
    this.tx = tx;
    this.directory = directory;
    this.recommendations = recommendations;
    this.similar = similar;
    this.lock = lock;
    this.duplicates = duplicates;
    this.hotspots = hotspots;
    this.clock = clock;
  }

  /** Scans what is new, unless another instance is scanning right now. */
  public ScanResult catchUp() {
    return catchUp(Duration.ZERO);
  }

  /**
   * Scans what is new, waiting at most {@code wait} for a scan running elsewhere to end first; for
   * lists that should include the tickets taken a moment ago.
   */
  public ScanResult catchUp(Duration wait) {
    AtomicReference<ScanResult> out = new AtomicReference<>(ScanResult.SKIPPED);
    lock.runExclusively(JOB, wait, () -> out.set(scan()));
    if (out.get().ran()) {
      scanned.accept(out.get());
    }
    return out.get();
  }

  /**
   * Told of every scan that ran, after its work committed, whoever started it (the schedule or a
   * list that catches up first): the live stream's hotspot notices.
   */
  public void onScanned(Consumer<ScanResult> listener) {
    this.scanned = Objects.requireNonNull(listener);
  }

  private ScanResult scan() {
    int[] counts = new int[4];
    for (int turn = 0; turn < MAX_BATCHES; turn++) {
      long position = tx.inTransaction(r -> r.scans().position(TICKETS));
      List<IntakeTicket> batch = tx.inTransaction(r -> r.scans().ticketsToProfile(position, BATCH));
      for (IntakeTicket t : batch) {
        counts[safely(t)]++;
        counts[0]++;
      }
      if (!batch.isEmpty()) {
        long last = Math.max(position, batch.get(batch.size() - 1).ticketId());
        tx.inTransaction(
            r -> {
              r.scans().moveTo(TICKETS, last);
              return null;
            });
      }
      if (batch.size() < BATCH) {
        break;
      }
    }
    int decisions = recordDecisions();
    return new ScanResult(true, counts[0], counts[1], counts[2], decisions);
  }

  /**
   * Profiles a ticket; one that cannot be profiled is logged and stored as unplaced, so the scan
   * goes on.
   */
  private int safely(IntakeTicket t) {
    try {
      return profile(t);
    } catch (RuntimeException e) {
      LOG.warn("ticket {} could not be profiled for dispatch", t.ticketNo(), e);
      tx.inTransaction(
          r -> {
            r.clusters()
                .saveProfile(
                    new AppealSnapshot(
                        t.ticketId(),
                        t.ticketNo(),
                        t.createdAt(),
                        t.callerPhone(),
                        Jurisdiction.unknown("处理失败"),
                        null));
            return null;
          });
      return 3;
    }
  }

  /**
   * Profiles one ticket; returns 1 when it was flagged as a duplicate, 2 when it joined a hotspot,
   * else 3.
   */
  private int profile(IntakeTicket t) {
    Jurisdiction where = directory.recommender().locate(t.address(), t.content());
    AppealSnapshot me =
        new AppealSnapshot(
            t.ticketId(),
            t.ticketNo(),
            t.createdAt(),
            t.callerPhone(),
            where,
            t.categoryId() == null ? null : CategoryId.of(t.categoryId()));
    Map<Long, Double> sims = new HashMap<>();
    for (SimilarTickets.Hit h : similar.similar(t.content(), t.ticketId(), CANDIDATES)) {
      if (h.ticketId() < t.ticketId()) {
        sims.put(h.ticketId(), h.score());
      }
    }
    return tx.inTransaction(
        r -> {
          int outcome = hotspot(r, me, sims) ? 2 : duplicate(r, me, sims) ? 1 : 3;
          r.clusters().saveProfile(me);
          return outcome;
        });
  }

  private boolean hotspot(DispatchRepositories r, AppealSnapshot me, Map<Long, Double> sims) {
    UnitId scope = HotspotRule.scope(me);
    if (scope == null || me.categoryId() == null) {
      return false;
    }
    List<HotspotRule.Neighbour> neighbours =
        r
            .clusters()
            .recentInStreet(me.where().streetId(), me.at().minus(hotspots.window()))
            .stream()
            .filter(p -> p.ticketId() != me.ticketId())
            .map(p -> new HotspotRule.Neighbour(p, sims.getOrDefault(p.ticketId(), 0.0)))
            .toList();
    List<AppealSnapshot> cluster = hotspots.cluster(me, neighbours);
    if (cluster.isEmpty()) {
      return false;
    }
    List<Long> ids = new ArrayList<>(cluster.stream().map(AppealSnapshot::ticketId).toList());
    ids.add(me.ticketId());
    Optional<Hotspot> open =
        r.clusters().openHotspot(scope, me.categoryId(), me.at().minus(hotspots.window()));
    if (open.isPresent()) {
      r.clusters().addToHotspot(open.get().id(), ids, me.at());
    } else {
      var first =
          cluster.stream().map(AppealSnapshot::at).min(Comparator.naturalOrder()).orElse(me.at());
      r.clusters()
          .createHotspot(
              new Hotspot(
                  0,
                  scope,
                  me.where().streetId(),
                  me.categoryId(),
                  first,
                  me.at(),
                  ids,
                  HotspotStatus.OPEN,
                  clock.instant()));
    }
    return true;
  }

  private boolean duplicate(DispatchRepositories r, AppealSnapshot me, Map<Long, Double> sims) {
    Map<Long, AppealSnapshot> candidates = new LinkedHashMap<>();
    r.clusters().profiles(sims.keySet()).forEach(p -> candidates.put(p.ticketId(), p));
    if (me.callerPhone() != null) {
      r.clusters()
          .recentFromCaller(me.callerPhone(), me.at().minus(duplicates.window()))
          .forEach(p -> candidates.putIfAbsent(p.ticketId(), p));
    }
    candidates.remove(me.ticketId());
    Set<Long> open = r.scans().open(candidates.keySet());
    DuplicateCandidate best = null;
    for (AppealSnapshot other : candidates.values()) {
      double sim = sims.getOrDefault(other.ticketId(), 0.0);
      if (open.contains(other.ticketId()) && (best == null || sim > best.similarity())) {
        var reason = duplicates.judge(me, other, sim);
        if (reason.isPresent()) {
          best =
              new DuplicateCandidate(
                  me.ticketId(),
                  other.ticketId(),
                  sim,
                  reason.get(),
                  DuplicateStatus.PROBABLE,
                  clock.instant());
        }
      }
    }
    if (best != null) {
      r.clusters().saveDuplicate(best);
    }
    return best != null;
  }

  private int recordDecisions() {
    int n = 0;
    for (int turn = 0; turn < MAX_BATCHES; turn++) {
      long position = tx.inTransaction(r -> r.scans().position(DISPATCHES));
      List<DispatchRecord> batch =
          tx.inTransaction(r -> r.scans().dispatchesToRecord(position, BATCH));
      for (DispatchRecord d : batch) {
        if (recommendations.record(d) != null) {
          n++;
        }
      }
      if (!batch.isEmpty()) {
        long last = Math.max(position, batch.get(batch.size() - 1).historyId());
        tx.inTransaction(
            r -> {
              r.scans().moveTo(DISPATCHES, last);
              return null;
            });
      }
      if (batch.size() < BATCH) {
        break;
      }
    }
    if (n > 0) {
      recommendations.refreshStats();
    }
    return n;
  }
}
