package gov.hotline.infra.city;

import gov.hotline.core.city.CityCase;
import gov.hotline.core.city.CityIntake;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.port.Transactions;
import gov.hotline.infra.city.sim.CityPusher;
import gov.hotline.infra.city.sim.ScriptedCityServer;
import gov.hotline.infra.config.CityConfig;
import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.db.Database;
import gov.hotline.infra.db.city.JooqCityOutbox;
import gov.hotline.infra.db.core.BlockTicketNumbers;
import gov.hotline.infra.db.dispatch.PgAdvisoryJobLock;
import gov.hotline.infra.http.CityRoutes;
import gov.hotline.infra.http.JsonInput;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wiring of the link to the city's 12345 platform (市级平台对接): the intake of city cases, the outbox
 * relay, the optional poller of the city's list, and — in the demo, when no city is configured —
 * the scripted city server, to which the relay then sends.
 */
public final class CityLink implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CityLink.class);

  private final CityConfig cfg;
  private final CityIntake intake;
  private final JooqCityOutbox outbox;
  private final CityClient client;
  private final CityRelay relay;
  private final ScriptedCityServer simulator;
  private final Clock clock;
  private volatile boolean polling = true;
  private Thread poller;

  private CityLink(
      CityConfig cfg,
      CityIntake intake,
      JooqCityOutbox outbox,
      CityClient client,
      CityRelay relay,
      ScriptedCityServer simulator,
      Clock clock) {
    this.cfg = cfg;
    this.intake = intake;
    this.outbox = outbox;
    this.client = client;
    this.relay = relay;
    this.simulator = simulator;
    this.clock = clock;
  }

  public static CityLink start(
      HotlineConfig config,
      boolean demo,
      Database db,
      Transactions tx,
      ReferenceData reference,
      Clock clock,
      Vertx vertx) {
    CityConfig cfg = config.city();
    ScriptedCityServer sim = null;
    if (demo && !cfg.linked()) {
      String token = cfg.outboundToken().isEmpty() ? CityConfig.DEMO_TOKEN : cfg.outboundToken();
      sim = ScriptedCityServer.start(vertx, cfg.simulatorPort(), token);
      cfg = cfg.toSimulator(sim.url());
    }
    CityIntake intake =
        new CityIntake(
            tx, new BlockTicketNumbers(db.dsl(), 50), reference, clock, config.ticketPrefix());
    JooqCityOutbox outbox = new JooqCityOutbox(db.dsl());
    CityClient client = cfg.linked() ? new CityClient(cfg, cfg.url()) : null;
    CityRelay relay =
        client == null
            ? null
            : new CityRelay(outbox, tx, client, new PgAdvisoryJobLock(db.dsl()), cfg, clock)
                .start();
    CityLink link = new CityLink(cfg, intake, outbox, client, relay, sim, clock);
    if (client != null && !cfg.pollEvery().isZero()) {
      link.poller = Thread.ofVirtual().name("city-poller").start(link::poll);
    }
    return link;
  }

  /** The HTTP routes of the link. */
  public CityRoutes routes(Vertx vertx) {
    return new CityRoutes(
        intake, outbox, client, relay, cfg.inboundToken(), vertx.eventBus(), clock);
  }

  /** The scripted city of the demo (null otherwise). */
  public ScriptedCityServer simulator() {
    return simulator;
  }

  public CityConfig config() {
    return cfg;
  }

  public CityIntake intake() {
    return intake;
  }

  public JooqCityOutbox outbox() {
    return outbox;
  }

  /** The relay (null without a city). */
  public CityRelay relay() {
    return relay;
  }

  /**
   * The demo: the scripted city pushes a few cases to the district's API at {@code districtApi}
   * (the same numbers at every start: repeats are taken once).
   */
  public void seedDemo(String districtApi) {
    if (simulator == null) {
      return;
    }
    CityPusher pusher = new CityPusher(simulator, districtApi, cfg.inboundToken());
    Instant now = clock.instant();
    List<CityCase.Input> cases =
        List.of(
            demoCase("SJ-DEMO-0001", "GY02", "市民反映海淀区清河街道安宁里小区3号楼停水两天，请尽快恢复供水", now),
            demoCase("SJ-DEMO-0002", "SR01", "市民咨询中关村街道办理居住证需要哪些材料", now),
            demoCase("SJ-DEMO-0003", "GY02", "市民反映清河街道毛纺北小区供水压力不足，高层无水", now));
    for (CityCase.Input c : cases.subList(0, cfg.demoCases())) {
      var answer = pusher.push(c);
      if (answer.status() / 100 != 2) {
        LOG.warn("demo city case {} was refused: {}", c.caseNo(), answer.body().encode());
      }
    }
  }

  private static CityCase.Input demoCase(String no, String category, String text, Instant now) {
    return new CityCase.Input(
        no,
        "COMPLAINT",
        category,
        "NORMAL",
        "市民",
        "13800000000",
        "海淀区",
        text,
        now.minus(Duration.ofHours(1)),
        now.plus(Duration.ofDays(7)));
  }

  /**
   * Takes in the cases the city lists as dispatched to the district (the same intake as pushes).
   */
  private void poll() {
    while (polling) {
      try {
        for (JsonObject c : client.caseObjects()) {
          if (!JooqCityOutbox.ASSIGNED.equals(c.getString("status"))) {
            continue;
          }
          String body = c.copy().put("status", (String) null).encode();
          try {
            intake.receive(CityMessages.caseInput(JsonInput.parse(Buffer.buffer(body))), body);
          } catch (DomainException e) {
            LOG.info("polled city case {} refused: {}", c.getString("caseNo"), e.getMessage());
          }
        }
      } catch (RuntimeException e) {
        LOG.warn("polling the city's cases failed: {}", e.getMessage());
      }
      try {
        Thread.sleep(cfg.pollEvery());
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() {
    polling = false;
    if (poller != null) {
      poller.interrupt();
    }
    if (relay != null) {
      relay.close();
    }
    if (simulator != null) {
      simulator.close();
    }
  }
}
