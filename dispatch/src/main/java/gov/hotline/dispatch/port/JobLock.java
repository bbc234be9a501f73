package gov.hotline.dispatch.port;

import java.time.Duration;

/**
 * Runs a scheduled job on exactly one server instance at a time (a PostgreSQL advisory lock in
 * infra): an instance that finds the job running elsewhere skips its turn, or waits a little for it
 * when it needs the job's result.
 */
public interface JobLock {
  /** Runs {@code work} if no other instance runs {@code job} now; returns whether it ran. */
  default boolean runExclusively(String job, Runnable work) {
    return runExclusively(job, Duration.ZERO, work);
  }

  /**
   * Runs {@code work} once {@code job} is free, waiting at most {@code wait}; returns whether it
   * ran.
   */
  boolean runExclusively(String job, Duration wait, Runnable work);
}
