package gov.hotline.infra.db.dispatch;

import gov.hotline.dispatch.port.JobLock;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * {@link JobLock} on a PostgreSQL session-level advisory lock, keyed by a hash of the job's name:
 * the instance that gets it runs the job while holding one pooled connection; the others skip their
 * turn. A crashed instance's session ends, and with it the lock.
 */
public final class PgAdvisoryJobLock implements JobLock {
  private final DSLContext db;

  public PgAdvisoryJobLock(DSLContext db) {
    this.db = db;
  }

  @Override
  public boolean runExclusively(String job, Duration wait, Runnable work) {
    long key = key(job);
    return db.connectionResult(
        connection -> {
          var session = DSL.using(connection);
          if (!lock(session, key, wait)) {
            return false;
          }
          try {
            work.run();
            return true;
          } finally {
            session
                .select(DSL.field("pg_advisory_unlock({0})", Boolean.class, DSL.val(key)))
                .fetch();
          }
        });
  }

  private static boolean lock(DSLContext session, long key, Duration wait) {
    if (wait.isZero()) {
      return Boolean.TRUE.equals(
          session
              .select(DSL.field("pg_try_advisory_lock({0})", Boolean.class, DSL.val(key)))
              .fetchOne(0, Boolean.class));
    }
    session.execute("SET lock_timeout = " + Math.max(1, wait.toMillis()));
    try {
      session.select(DSL.field("pg_advisory_lock({0})", DSL.val(key))).fetch();
      return true;
    } catch (DataAccessException e) {
      return false; // lock_timeout: the job is still running elsewhere
    } finally {
      session.execute("RESET lock_timeout");
    }
  }

  /** A stable 64-bit key for a job name (the first 8 bytes of its SHA-256). */
  static long key(String job) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(("hotline:" + job).getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(h).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
