package gov.hotline.infra;

import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.ticket.TicketService;
import gov.hotline.dispatch.domain.DirectoryImporter;
import gov.hotline.dispatch.domain.KeywordLexicon;
import gov.hotline.dispatch.service.ClusterService;
import gov.hotline.dispatch.service.DirectoryService;
import gov.hotline.dispatch.service.EscalationService;
import gov.hotline.dispatch.service.RecommendationService;
import gov.hotline.dispatch.service.ScanService;
import gov.hotline.dispatch.verticle.DispatchJobsVerticle;
import gov.hotline.infra.config.DispatchConfig;
import gov.hotline.infra.db.dispatch.JooqDispatchTransactions;
import gov.hotline.infra.db.dispatch.PgAdvisoryJobLock;
import gov.hotline.infra.db.dispatch.RecentTicketIndex;
import gov.hotline.infra.http.DispatchOversightRoutes;
import gov.hotline.infra.http.DispatchRoutes;
import gov.hotline.infra.reference.CachedReferenceData;
import io.vertx.core.eventbus.EventBus;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.time.Duration;
import org.jooq.DSLContext;

/**
 * The dispatch context wired to infra: its services on the jOOQ repositories, the advisory lock and the in-memory
 * similar-ticket index (until the knowledge base's engine stands behind {@code SimilarTickets}), its routes and its
 * scheduled jobs.
 */
final class DispatchContext {
  final DirectoryService directory;
  final RecommendationService recommendations;
  final ScanService scan;
  final ClusterService clusters;
  final EscalationService escalation;
  private final DispatchConfig config;
  private final ReferenceData reference;

  DispatchContext(DSLContext db, CachedReferenceData reference, TicketService tickets, Clock clock,
                  DispatchConfig config) {
    this.config = config;
    this.reference = reference;
    JooqDispatchTransactions tx = new JooqDispatchTransactions(db);
    PgAdvisoryJobLock lock = new PgAdvisoryJobLock(db);
    RecentTicketIndex similar = new RecentTicketIndex(db, config.similarCapacity());
    directory = new DirectoryService(tx, reference, reference::refresh,
        new DirectoryImporter(DirectoryImporter.Roots.DEFAULT, KeywordLexicon.defaults()), clock,
        Duration.ofSeconds(30));
    recommendations = new RecommendationService(directory, tx, similar, tickets, clock, Duration.ofSeconds(60));
    scan = new ScanService(tx, directory, recommendations, similar, lock, config.duplicates(), config.hotspots(),
        clock);
    clusters = new ClusterService(tx, reference, scan, clock);
    escalation = new EscalationService(tx, reference, lock, config.escalation(), clock, config.urgesPerSweep());
  }

  DispatchJobsVerticle jobs() {
    return new DispatchJobsVerticle(scan::catchUp, escalation::sweep, config.scanEvery(), config.sweepEvery());
  }

  void mount(Router api, EventBus bus) {
    new DispatchRoutes(directory, recommendations, reference).mount(api);
    new DispatchOversightRoutes(escalation, clusters, reference, bus).mount(api);
  }
}
