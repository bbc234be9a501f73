package gov.hotline.telephony.verticle;

import gov.hotline.telephony.domain.AmiServerConfig;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured Asterisk server on this instance: its ingestion chain ({@link AmiLink}) while this
 * instance holds the server's ingestion lease, none while another instance ingests it. The
 * queue_log repair counters outlive the chains, so the metrics count across takeovers.
 */
public final class PbxSlot {
  private static final Logger LOG = LoggerFactory.getLogger(PbxSlot.class);

  /** Builds the chain of a server for one fencing token. */
  interface Opener {
    AmiLink open(AmiServerConfig server, long token, PbxSlot slot);
  }

  private final AmiServerConfig server;
  private final Opener opener;
  private final LongAdder reconcileRuns = new LongAdder();
  private final LongAdder reconcileFixes = new LongAdder();
  private volatile AmiLink link;
  private volatile Instant since;
  private volatile String lastLoss;

  PbxSlot(AmiServerConfig server, Opener opener) {
    this.server = server;
    this.opener = opener;
  }

  public String serverId() {
    return server.id();
  }

  /** The ingestion chain, while this instance ingests the server. */
  public Optional<AmiLink> link() {
    return Optional.ofNullable(link);
  }

  public LongAdder reconcileRuns() {
    return reconcileRuns;
  }

  public LongAdder reconcileFixes() {
    return reconcileFixes;
  }

  /** Since when this instance ingests the server (null while it does not). */
  Instant since() {
    return since;
  }

  /** Why this instance last stopped ingesting the server (null if it never did). */
  String lastLoss() {
    return lastLoss;
  }

  /**
   * Connects and ingests with {@code token}, unless the lease was lost again meanwhile ({@code
   * stillHeld}); serialised with {@link #drop} so a chain never outlives the lease it was built
   * for.
   */
  synchronized void take(long token, LongPredicate stillHeld) {
    if (!stillHeld.test(token)) {
      return;
    }
    if (link != null) {
      link.close();
    }
    link = opener.open(server, token, this);
    since = Instant.now();
  }

  /** Disconnects at once and stops writing; what was queued is left to the next holder's repair. */
  synchronized void drop(String reason) {
    AmiLink l = link;
    if (l == null) {
      return;
    }
    link = null;
    since = null;
    lastLoss = reason;
    l.close();
    LOG.info("stopped ingesting {}: {}", server.id(), reason);
  }
}
