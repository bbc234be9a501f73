-- Quarterly, annual and date-range reports (季报、年报、区间报表) and PDF files in the archive.
ALTER TABLE report_archive DROP CONSTRAINT report_archive_period_kind_check;
ALTER TABLE report_archive ADD CONSTRAINT report_archive_period_kind_check
  CHECK (period_kind IN ('DAY','WEEK','MONTH','QUARTER','YEAR','RANGE'));
ALTER TABLE report_archive DROP CONSTRAINT report_archive_format_check;
ALTER TABLE report_archive ADD CONSTRAINT report_archive_format_check
  CHECK (format IN ('HTML','XLSX','CSV','PDF'));
