-- Traffic rollups at two grains instead of one row per (hour, queue, agent): hourly per queue and daily per
-- answering agent. A month then reads 744 × queues hour rows and 31 × agents agent rows, which keeps the monthly
-- report under a second at 3 M calls (bench/ ReportingBench). Wait histograms are stored packed (HistogramBytes):
-- decoding bigint[] arrays element by element was most of a monthly report's time. Both tables are rebuilt from
-- telephony.call, so the old rows are dropped and the watermark reset: the next fold rebuilds every day with calls.
DROP TABLE traffic_hour;
CREATE TABLE traffic_hour (
  day                     date     NOT NULL,
  hour                    smallint NOT NULL CHECK (hour BETWEEN 0 AND 23),
  queue                   text     NOT NULL DEFAULT '',
  offered                 bigint   NOT NULL,
  answered                bigint   NOT NULL,
  after_hours             bigint   NOT NULL,
  sum_answered_wait_ms    bigint   NOT NULL,
  sum_talk_ms             bigint   NOT NULL,
  sum_hold_ms             bigint   NOT NULL,
  sum_wrap_up_ms          bigint   NOT NULL,
  max_wait_ms             bigint   NOT NULL,
  answered_waits          bytea    NOT NULL,   -- whole seconds 0..300 and overflow: varints, trailing zeros left out
  abandoned_waits         bytea    NOT NULL,
  PRIMARY KEY (day, hour, queue)
);

CREATE TABLE traffic_agent_day (
  day                     date     NOT NULL,
  agent                   text     NOT NULL,
  offered                 bigint   NOT NULL,
  answered                bigint   NOT NULL,
  after_hours             bigint   NOT NULL,
  sum_answered_wait_ms    bigint   NOT NULL,
  sum_talk_ms             bigint   NOT NULL,
  sum_hold_ms             bigint   NOT NULL,
  sum_wrap_up_ms          bigint   NOT NULL,
  max_wait_ms             bigint   NOT NULL,
  answered_waits          bytea    NOT NULL,
  abandoned_waits         bytea    NOT NULL,
  PRIMARY KEY (day, agent)
);

UPDATE rollup_watermark SET last_id = 0 WHERE name = 'traffic_hour';

-- A fold reads whole local days of calls by the time they count (entered the queue, else started).
CREATE INDEX IF NOT EXISTS call_counted_at_for_reporting_idx
  ON telephony.call ((coalesce(entered_queue_at, started_at)));
