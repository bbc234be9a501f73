package gov.hotline.telephony.service;

import gov.hotline.telephony.port.IngestLeases;
import gov.hotline.telephony.port.IngestLeases.Lease;
import gov.hotline.telephony.port.TelephonyTransactions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elects, among the instances sharing one database, the one instance that ingests each configured
 * Asterisk server (one ingester per PBX, with failover), through a lease row per server ({@link
 * IngestLeases}): the holder renews it every second; when it stops renewing (killed, frozen, cut
 * off from the database) its lease expires after {@code ttl} (≤ 3 s by default) and the next
 * instance to try takes it over with a higher fencing token, within {@code ttl} + one renewal
 * interval.
 *
 * <p>Why a lease row and not a session advisory lock on a dedicated connection: an advisory lock
 * lives as long as the database session, and a holder cut off by the network keeps that session —
 * and the lock — until TCP keepalive on the server side gives up, which takes minutes, not the 5 s
 * of takeover we promise; nor can the holder tell when it lost the lock, or prove to the database
 * that a write still comes from the rightful holder. A lease runs on the database's clock with a
 * bounded expiry, and its token fences writes: every ingestion transaction checks (and locks) it
 * first ({@link FencedTransactions}), so a holder that lost its lease without knowing commits
 * nothing after the takeover.
 *
 * <p>A holder that cannot reach the database keeps its AMI connection: it cannot write anyway (its
 * batches wait, fenced, in its queue), and when the whole database is away nobody can take over, so
 * dropping the connection would only lose the events of the outage. When the database answers again
 * it renews with its token: if nobody took the lease meanwhile the token is unchanged, the lease is
 * its again and the waiting batches go in; if another instance took over, the renewal fails, and
 * this instance disconnects at once and drops what it held (the new holder resynchronised from its
 * own connection and repaired the gap from queue_log). So that a holder back from an outage of the
 * whole database keeps its lease (and what it buffered), an instance whose own statements failed in
 * the last two lease durations does not try to take a lease over: the holder, if alive, renews
 * first. {@link #unverified} tells {@code /health} while a holder's lease has run out on its own
 * count (counted from the moment it sent its last successful renewal, never later than the
 * database's {@code now()} of that renewal).
 */
public final class IngestLeaseKeeper implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IngestLeaseKeeper.class);

  /** Where the keeper starts and stops the ingestion of a server. */
  public interface Ingesters {
    /** This instance now holds {@code serverId} with {@code token}: connect and ingest. */
    void start(String serverId, long token);

    /** This instance lost {@code serverId}: disconnect at once and write nothing more. */
    void stop(String serverId, String reason);
  }

  /** This instance's id (holder of leases), and how long a lease lasts unrenewed. */
  public record Settings(String instanceId, Duration ttl) {
    /** Renewals come every second, and at least three times per lease. */
    public Duration renewEvery() {
      return ttl.dividedBy(3).compareTo(Duration.ofSeconds(1)) < 0
          ? ttl.dividedBy(3)
          : Duration.ofSeconds(1);
    }
  }

  private record Held(long token, long untilNanos) {}

  private final TelephonyTransactions store;
  private final List<String> servers;
  private final Settings settings;
  private final Ingesters ingesters;
  private final LongSupplier nanos;
  private final Map<String, Held> held = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer;
  private volatile Map<String, Lease> seen = Map.of();
  private volatile boolean failingLogged;
  private volatile long lastFailureNanos;

  public IngestLeaseKeeper(
      TelephonyTransactions store,
      List<String> servers,
      Settings settings,
      Ingesters ingesters,
      LongSupplier nanos) {
    this.store = store;
    this.servers = List.copyOf(servers);
    this.settings = settings;
    this.ingesters = ingesters;
    this.nanos = nanos;
    this.lastFailureNanos = nanos.getAsLong() - 2 * settings.ttl().toNanos() - 1;
    this.timer =
        Executors.newScheduledThreadPool(
            1, Thread.ofPlatform().daemon().name("ingest-lease").factory());
  }

  /** Tries once at once (a lone instance ingests from its first second), then keeps at it. */
  public IngestLeaseKeeper start() {
    if (servers.isEmpty()) {
      return this;
    }
    tick();
    long every = settings.renewEvery().toMillis();
    timer.scheduleWithFixedDelay(this::tickSafely, every, every, TimeUnit.MILLISECONDS);
    return this;
  }

  public String instanceId() {
    return settings.instanceId();
  }

  /** The token this instance holds for {@code serverId}, if it holds the lease. */
  public OptionalLong token(String serverId) {
    Held h = held.get(serverId);
    return h == null ? OptionalLong.empty() : OptionalLong.of(h.token());
  }

  /** Whether this instance still holds {@code serverId} with {@code token}. */
  public boolean holds(String serverId, long token) {
    Held h = held.get(serverId);
    return h != null && h.token() == token;
  }

  /** The lease of a server as last read from the database (who ingests it, since when). */
  public Optional<Lease> lease(String serverId) {
    return Optional.ofNullable(seen.get(serverId));
  }

  private void tickSafely() {
    try {
      tick();
    } catch (RuntimeException e) {
      LOG.warn("ingestion lease round failed", e);
    }
  }

  /** One round: renew what this instance holds, try to take what nobody holds, read the rest. */
  void tick() {
    for (String server : servers) {
      long sent = nanos.getAsLong();
      Held h = held.get(server);
      if (h != null) {
        renew(server, h, sent);
      } else {
        acquire(server, sent);
      }
    }
    inTx(r -> r.all())
        .ifPresent(
            all ->
                seen = all.stream().collect(Collectors.toUnmodifiableMap(Lease::serverId, l -> l)));
  }

  private void renew(String server, Held h, long sent) {
    Optional<Boolean> renewed =
        inTx(r -> r.renew(server, settings.instanceId(), h.token(), settings.ttl()));
    if (renewed.isEmpty()) {
      return; // the database is away: keep the connection, the batches wait (see the class doc)
    }
    if (renewed.get()) {
      held.computeIfPresent(
          server,
          (k, cur) ->
              cur.token() == h.token()
                  ? new Held(h.token(), sent + settings.ttl().toNanos())
                  : cur);
    } else {
      lose(server, h.token(), "租约已被其他实例接管");
    }
  }

  private void acquire(String server, long sent) {
    if (sent - lastFailureNanos < 2 * settings.ttl().toNanos()) {
      return; // just back from a database outage: the holder, if alive, renews first
    }
    Optional<OptionalLong> token =
        inTx(r -> r.acquire(server, settings.instanceId(), settings.ttl()));
    if (token.isEmpty() || token.get().isEmpty()) {
      return;
    }
    long t = token.get().getAsLong();
    held.put(server, new Held(t, sent + settings.ttl().toNanos()));
    LOG.info(
        "instance {} took the ingestion lease of {} (token {})", settings.instanceId(), server, t);
    ingesters.start(server, t);
  }

  /**
   * Whether this instance holds {@code serverId} but could not renew it in time (the database did
   * not answer): it keeps the AMI connection and writes nothing until the renewal succeeds.
   */
  public boolean unverified(String serverId) {
    Held h = held.get(serverId);
    return h != null && nanos.getAsLong() - h.untilNanos() > 0;
  }

  private void lose(String server, long token, String reason) {
    Held cur = held.get(server);
    if (cur != null && cur.token() == token && held.remove(server, cur)) {
      LOG.warn(
          "instance {} lost the ingestion lease of {} (token {}): {}",
          settings.instanceId(),
          server,
          token,
          reason);
      ingesters.stop(server, reason);
    }
  }

  private <T> Optional<T> inTx(Function<IngestLeases, T> work) {
    try {
      Optional<T> out = Optional.ofNullable(store.inTransaction(r -> work.apply(r.ingestLeases())));
      failingLogged = false;
      return out;
    } catch (RuntimeException e) {
      lastFailureNanos = nanos.getAsLong();
      if (!failingLogged) {
        LOG.warn("ingestion lease statement failed: {}", e.toString());
        failingLogged = true;
      }
      return Optional.empty();
    }
  }

  /** Stops ingesting, then ends this instance's leases so that another takes over at once. */
  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    held.forEach(
        (server, h) -> {
          lose(server, h.token(), "实例停止");
          inTx(
              r -> {
                r.release(server, settings.instanceId(), h.token());
                return Boolean.TRUE;
              });
        });
  }
}
