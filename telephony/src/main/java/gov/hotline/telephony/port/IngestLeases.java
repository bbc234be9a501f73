package gov.hotline.telephony.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * The ingestion lease (接入租约) of each Asterisk server: which instance may connect to it and write
 * its events. A lease runs on the database's clock, so instances need not agree on time; each
 * takeover raises the server's fencing token, and every ingestion transaction first checks with
 * {@link #holds} that its token is still the live one (locking the row until it commits, so a
 * takeover waits for a batch already under way and never interleaves with it).
 */
public interface IngestLeases {
  /** Who holds a server's lease, since when, until when, and whether it is still unexpired. */
  record Lease(
      String serverId,
      String holder,
      long token,
      Instant acquiredAt,
      Instant expiresAt,
      boolean live) {}

  /**
   * Takes the lease of {@code serverId} for {@code holder} when nobody holds it or its lease has
   * expired; the new fencing token, or empty when another holder's lease is still running.
   */
  OptionalLong acquire(String serverId, String holder, Duration ttl);

  /**
   * Extends the lease held with {@code token}, also one that ran out while nobody took it over (its
   * token is unchanged, so nobody else wrote meanwhile); false once another instance took it over.
   */
  boolean renew(String serverId, String holder, long token, Duration ttl);

  /** Ends a lease at once (a clean stop), so another instance takes over without waiting. */
  void release(String serverId, String holder, long token);

  /**
   * Whether {@code token} is the live lease of {@code serverId}; locks the row for the rest of the
   * transaction (the fencing check of every ingestion write).
   */
  boolean holds(String serverId, long token);

  /** Every lease row, by server id. */
  List<Lease> all();
}
