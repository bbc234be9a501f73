package gov.hotline.infra.db.reporting;

import static gov.hotline.infra.db.schema.reporting.Tables.REPORT_ARCHIVE;

import gov.hotline.infra.db.schema.reporting.tables.records.ReportArchiveRecord;
import gov.hotline.reporting.domain.ArchivedReport;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.PeriodKind;
import gov.hotline.reporting.domain.ReportFormat;
import gov.hotline.reporting.port.ReportArchive;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * jOOQ implementation of the report archive; the scheduler's lock is a transaction-level advisory
 * lock.
 */
public final class JooqReportArchive implements ReportArchive {
  private static final long SCHEDULER_LOCK = 0x12345_0003L;
  private final DSLContext db;
  private final Clock clock;

  public JooqReportArchive(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public ArchivedReport save(
      String report,
      Period p,
      ReportFormat format,
      String title,
      byte[] content,
      String generatedBy) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    ReportArchiveRecord r =
        db.insertInto(REPORT_ARCHIVE)
            .set(REPORT_ARCHIVE.REPORT, report)
            .set(REPORT_ARCHIVE.PERIOD_KIND, p.kind().name())
            .set(REPORT_ARCHIVE.PERIOD_KEY, p.key())
            .set(REPORT_ARCHIVE.FIRST_DAY, p.first())
            .set(REPORT_ARCHIVE.LAST_DAY, p.last())
            .set(REPORT_ARCHIVE.FORMAT, format.name())
            .set(REPORT_ARCHIVE.TITLE, title)
            .set(REPORT_ARCHIVE.CONTENT, content)
            .set(REPORT_ARCHIVE.SIZE, (long) content.length)
            .set(REPORT_ARCHIVE.GENERATED_AT, now)
            .set(REPORT_ARCHIVE.GENERATED_BY, generatedBy)
            .onConflictOnConstraint(DSL.constraint("report_archive_key"))
            .doUpdate()
            .set(REPORT_ARCHIVE.TITLE, title)
            .set(REPORT_ARCHIVE.CONTENT, content)
            .set(REPORT_ARCHIVE.SIZE, (long) content.length)
            .set(REPORT_ARCHIVE.GENERATED_AT, now)
            .set(REPORT_ARCHIVE.GENERATED_BY, generatedBy)
            .set(REPORT_ARCHIVE.VERSION, REPORT_ARCHIVE.VERSION.plus(1))
            .returning()
            .fetchOne();
    return map(r, false);
  }

  @Override
  public boolean exists(String report, Period p) {
    return db.fetchExists(
        REPORT_ARCHIVE, REPORT_ARCHIVE.REPORT.eq(report), REPORT_ARCHIVE.PERIOD_KEY.eq(p.key()));
  }

  @Override
  public List<ArchivedReport> list(String report, int limit) {
    return db.select(REPORT_ARCHIVE.fields())
        .from(REPORT_ARCHIVE)
        .where(report == null ? DSL.noCondition() : REPORT_ARCHIVE.REPORT.eq(report))
        .orderBy(
            REPORT_ARCHIVE.FIRST_DAY.desc(),
            REPORT_ARCHIVE.PERIOD_KIND,
            REPORT_ARCHIVE.REPORT,
            REPORT_ARCHIVE.FORMAT)
        .limit(limit)
        .fetch(r -> map(r.into(REPORT_ARCHIVE), false));
  }

  @Override
  public Optional<ArchivedReport> find(long id, boolean withContent) {
    return db.selectFrom(REPORT_ARCHIVE)
        .where(REPORT_ARCHIVE.ID.eq(id))
        .fetchOptional()
        .map(r -> map(r, withContent));
  }

  @Override
  public <T> Optional<T> exclusively(Supplier<T> work) {
    return db.transactionResult(
        cfg -> {
          Boolean mine =
              DSL.using(cfg)
                  .select(
                      DSL.field(
                          "pg_try_advisory_xact_lock({0})", Boolean.class, DSL.val(SCHEDULER_LOCK)))
                  .fetchOne(0, Boolean.class);
          return Boolean.TRUE.equals(mine) ? Optional.ofNullable(work.get()) : Optional.<T>empty();
        });
  }

  private static ArchivedReport map(Record rec, boolean withContent) {
    ReportArchiveRecord r = (ReportArchiveRecord) rec;
    return new ArchivedReport(
        r.getId(),
        r.getReport(),
        PeriodKind.valueOf(r.getPeriodKind()),
        r.getPeriodKey(),
        r.getFirstDay(),
        r.getLastDay(),
        ReportFormat.valueOf(r.getFormat()),
        r.getTitle(),
        r.getSize(),
        r.getGeneratedAt().toInstant(),
        r.getGeneratedBy(),
        r.getVersion(),
        withContent ? r.getContent() : null);
  }
}
