package gov.hotline.infra.dispatch;

import gov.hotline.core.ticket.TicketService;
import gov.hotline.dispatch.domain.DirectoryImporter;
import gov.hotline.dispatch.domain.KeywordLexicon;
import gov.hotline.dispatch.service.ClusterService;
import gov.hotline.dispatch.service.DirectoryService;
import gov.hotline.dispatch.service.EscalationService;
import gov.hotline.dispatch.service.RecommendationService;
import gov.hotline.dispatch.service.ScanService;
import gov.hotline.dispatch.verticle.DispatchAddresses;
import gov.hotline.dispatch.verticle.DispatchJobsVerticle;
import gov.hotline.embedding.SharedEmbedder;
import gov.hotline.infra.config.DispatchConfig;
import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.db.Database;
import gov.hotline.infra.db.dispatch.JooqDispatchTransactions;
import gov.hotline.infra.db.dispatch.PgAdvisoryJobLock;
import gov.hotline.infra.db.dispatch.RecentTicketIndex;
import gov.hotline.infra.http.DispatchOversightRoutes;
import gov.hotline.infra.http.DispatchRoutes;
import gov.hotline.infra.reference.CachedReferenceData;
import gov.hotline.vertx.LocalRecordCodec;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.EventBus;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Wiring of the dispatch context (派单): its services on the jOOQ repositories, the advisory lock and
 * the in-memory similar-ticket index (until the knowledge base's engine stands behind {@code
 * SimilarTickets}), its scheduled jobs and its routes. Created with the core, because the demo
 * district is imported through its directory import.
 */
public final class Dispatch {
  private final DirectoryService directory;
  private final RecommendationService recommendations;
  private final ScanService scan;
  private final ClusterService clusters;
  private final EscalationService escalation;
  private final DispatchConfig config;
  private final CachedReferenceData reference;

  private Dispatch(
      DirectoryService directory,
      RecommendationService recommendations,
      ScanService scan,
      ClusterService clusters,
      EscalationService escalation,
      DispatchConfig config,
      CachedReferenceData reference) {
    this.directory = directory;
    this.recommendations = recommendations;
    this.scan = scan;
    this.clusters = clusters;
    this.escalation = escalation;
    this.config = config;
    this.reference = reference;
  }

  /** Builds the dispatch services; nothing runs until {@link #start(Vertx)}. */
  public static Dispatch create(
      HotlineConfig cfg,
      Database db,
      CachedReferenceData reference,
      TicketService tickets,
      Clock clock) {
    DispatchConfig config = cfg.dispatch();
    JooqDispatchTransactions tx = new JooqDispatchTransactions(db.dsl(), clock);
    PgAdvisoryJobLock lock = new PgAdvisoryJobLock(db.dsl());
    RecentTicketIndex similar = new RecentTicketIndex(db.dsl(), config.similarCapacity());
    DirectoryService directory =
        new DirectoryService(
            tx,
            reference,
            reference::refresh,
            new DirectoryImporter(DirectoryImporter.Roots.DEFAULT, KeywordLexicon.defaults()),
            clock,
            Duration.ofSeconds(30),
            config.vectors() ? SharedEmbedder.get() : null);
    RecommendationService recommendations =
        new RecommendationService(directory, tx, similar, tickets, clock, Duration.ofSeconds(60));
    ScanService scan =
        new ScanService(
            tx,
            directory,
            recommendations,
            similar,
            lock,
            config.duplicates(),
            config.hotspots(),
            clock);
    return new Dispatch(
        directory,
        recommendations,
        scan,
        new ClusterService(tx, reference, scan, clock),
        new EscalationService(
            tx, reference, lock, config.escalation(), clock, config.urgesPerSweep()),
        config,
        reference);
  }

  public DirectoryService directory() {
    return directory;
  }

  /**
   * Deploys the scan and the escalation sweep on their schedules; a scan (scheduled or not) that
   * put tickets into hotspots is published on {@link DispatchAddresses#HOTSPOTS_RAISED} after it
   * committed.
   */
  public void start(Vertx vertx) {
    LocalRecordCodec.register(vertx.eventBus(), ScanService.ScanResult.class);
    scan.onScanned(
        r -> {
          if (r.hotspotTickets() > 0) {
            vertx.eventBus().publish(DispatchAddresses.HOTSPOTS_RAISED, r);
          }
        });
    vertx
        .deployVerticle(
            new DispatchJobsVerticle(
                scan::catchUp, escalation::sweep, config.scanEvery(), config.sweepEvery()))
        .await();
  }

  public List<Consumer<Router>> apiRoutes(EventBus bus) {
    return List.of(
        new DispatchRoutes(directory, recommendations, reference)::mount,
        new DispatchOversightRoutes(escalation, clusters, reference, bus)::mount);
  }
}
