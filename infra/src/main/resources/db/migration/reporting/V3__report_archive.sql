-- Archived reports (报表归档): one file per report, period and format; regenerating replaces it (version + 1).
CREATE TABLE report_archive (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report       text        NOT NULL,
  period_kind  text        NOT NULL CHECK (period_kind IN ('DAY','WEEK','MONTH')),
  period_key   text        NOT NULL,
  first_day    date        NOT NULL,
  last_day     date        NOT NULL,
  format       text        NOT NULL CHECK (format IN ('HTML','XLSX','CSV')),
  title        text        NOT NULL,
  content      bytea       NOT NULL,
  size         bigint      NOT NULL,
  generated_at timestamptz NOT NULL,
  generated_by text        NOT NULL,
  version      integer     NOT NULL DEFAULT 1,
  CONSTRAINT report_archive_key UNIQUE (report, period_key, format)
);
CREATE INDEX report_archive_list_idx ON report_archive (report, first_day DESC);
