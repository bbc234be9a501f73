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
 * <p>The holder side also keeps its own deadline: it counts the lease from the moment it sent the
 * renewal (never later than the database's {@code now()} of that renewal), and a watchdog thread
 * stops ingesting as soon as that deadline passes without a successful renewal, even while the
 * renewal itself hangs on an unreachable database. Two threads, because a hanging database call
 * must not delay the stop.
 */
public final class IngestLeaseKeeper implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IngestLeaseKeeper.class);
  private static final long WATCH_EVERY_MILLIS = 100;

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
    this.timer =
        Executors.newScheduledThreadPool(
            2, Thread.ofPlatform().daemon().name("ingest-lease-", 0).factory());
  }

  /** Tries once at once (a lone instance ingests from its first second), then keeps at it. */
  public IngestLeaseKeeper start() {
    if (servers.isEmpty()) {
      return this;
    }
    tick();
    long every = settings.renewEvery().toMillis();
    timer.scheduleWithFixedDelay(this::tickSafely, every, every, TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(
        this::watch, WATCH_EVERY_MILLIS, WATCH_EVERY_MILLIS, TimeUnit.MILLISECONDS);
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
      return; // the database is away: the watchdog stops ingesting once the lease runs out
    }
    if (renewed.get()) {
      held.computeIfPresent(
          server,
          (k, cur) ->
              cur.token() == h.token()
                  ? new Held(h.token(), sent + settings.ttl().toNanos())
                  : cur);
    } else {
      lose(server, h.token(), "租约已过期或被其他实例接管");
    }
  }

  private void acquire(String server, long sent) {
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

  /** Stops ingesting every server whose lease ran out on this instance's own count. */
  private void watch() {
    long now = nanos.getAsLong();
    held.forEach(
        (server, h) -> {
          if (now - h.untilNanos() > 0) {
            lose(server, h.token(), "租约未能按时续期（数据库不可达或响应过慢）");
          }
        });
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
