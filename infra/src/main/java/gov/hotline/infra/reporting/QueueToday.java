package gov.hotline.infra.reporting;

import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.PeriodKind;
import gov.hotline.reporting.domain.TrafficKpis;
import gov.hotline.reporting.domain.TrafficReport;
import gov.hotline.reporting.port.TrafficStatistics;
import gov.hotline.reporting.service.TrafficReports;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Today's traffic per queue (今日呼入、接听、呼损率、接通率、15 秒接通率) for the wallboard, read from the hourly
 * rollups with the traffic report's definitions. The rollups catch up every few seconds; so does
 * this cache, so that a thousand browsers' snapshots cost one read.
 */
public final class QueueToday implements Supplier<Map<String, TrafficKpis>> {
  static final Duration TTL = Duration.ofSeconds(5);

  private final TrafficStatistics statistics;
  private final TrafficReports reports;
  private final Clock clock;
  private final ZoneId zone;
  private volatile Map<String, TrafficKpis> cached = Map.of();
  private volatile Instant until = Instant.MIN;

  QueueToday(TrafficStatistics statistics, TrafficReports reports, Clock clock, ZoneId zone) {
    this.statistics = statistics;
    this.reports = reports;
    this.clock = clock;
    this.zone = zone;
  }

  /** Queue name → today's KPIs. */
  @Override
  public Map<String, TrafficKpis> get() {
    Instant now = clock.instant();
    if (now.isAfter(until)) {
      Period today = Period.of(PeriodKind.DAY, LocalDate.ofInstant(now, zone), zone);
      TrafficReport r = reports.build(today, statistics.slices(today));
      cached =
          r.byQueue().stream()
              .collect(
                  Collectors.toUnmodifiableMap(
                      TrafficReport.Row::label, TrafficReport.Row::kpis, (a, b) -> a));
      until = now.plus(TTL);
    }
    return cached;
  }
}
