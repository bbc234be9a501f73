package gov.hotline.reporting.port;

import gov.hotline.reporting.domain.ArchivedReport;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.ReportFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Stored reports (报表归档): one file per report, period and format; regenerating replaces it. */
public interface ReportArchive {
  /** Stores a report file; returns it with {@code version} > 1 when it replaced an earlier one. */
  ArchivedReport save(
      String report,
      Period period,
      ReportFormat format,
      String title,
      byte[] content,
      String generatedBy);

  boolean exists(String report, Period period);

  List<ArchivedReport> list(String report, int limit);

  Optional<ArchivedReport> find(long id, boolean withContent);

  /**
   * Runs {@code work} while holding the scheduler's cluster-wide lock; returns empty without
   * running it when another instance holds the lock.
   */
  <T> Optional<T> exclusively(Supplier<T> work);
}
