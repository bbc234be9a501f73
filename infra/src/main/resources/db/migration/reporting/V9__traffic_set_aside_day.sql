-- Calls that are not calls (issue 16): the traffic rollup counts, per local day and class, the calls it sets aside
-- because no citizen offered them (CALLBACK 回访外呼, SUPERVISION 班长监听, INTERNAL 内部通话, PLATFORM 平台发起), so
-- that each report can say how many it left out of 呼入 and every traffic KPI. Rebuilt with the other traffic
-- rollups from telephony.call: the watermark is reset so that the next fold rebuilds every day with calls.
CREATE TABLE traffic_set_aside_day (
  day    date   NOT NULL,
  kind   text   NOT NULL,
  calls  bigint NOT NULL,
  PRIMARY KEY (day, kind)
);

UPDATE rollup_watermark SET last_id = 0 WHERE name = 'traffic_hour';
