package gov.hotline.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One archived report file. {@code version} counts generations of the same report, period and
 * format (1 = first); {@code content} is null in listings.
 */
public record ArchivedReport(
    long id,
    String report,
    PeriodKind periodKind,
    String periodKey,
    LocalDate firstDay,
    LocalDate lastDay,
    ReportFormat format,
    String title,
    long size,
    Instant generatedAt,
    String generatedBy,
    int version,
    byte[] content) {}
