-- Hourly traffic rollups (话务小时汇总), rebuilt hour by hour from telephony.call whenever calls of that hour change.
-- Waits are kept as histograms of whole seconds (0..300, then overflow) so that any service-level or short-abandon
-- threshold can be read from the rollups.
CREATE TABLE traffic_hour (
  day                     date     NOT NULL,
  hour                    smallint NOT NULL CHECK (hour BETWEEN 0 AND 23),
  queue                   text     NOT NULL DEFAULT '',
  agent                   text     NOT NULL DEFAULT '',
  offered                 bigint   NOT NULL,
  answered                bigint   NOT NULL,
  after_hours             bigint   NOT NULL,
  sum_answered_wait_ms    bigint   NOT NULL,
  sum_talk_ms             bigint   NOT NULL,
  sum_hold_ms             bigint   NOT NULL,
  sum_wrap_up_ms          bigint   NOT NULL,
  max_wait_ms             bigint   NOT NULL,
  answered_waits          bigint[] NOT NULL,
  abandoned_waits         bigint[] NOT NULL,
  PRIMARY KEY (day, hour, queue, agent)
);
INSERT INTO rollup_watermark (name, last_id) VALUES ('traffic_hour', 0);

-- The rollup finds changed calls by their update time (an index on the telephony table, created for reporting).
CREATE INDEX IF NOT EXISTS call_updated_for_reporting_idx ON telephony.call (updated_at);
