-- 服务满意度 from the post-call survey (issue 16): the traffic rollups count, of the answered calls of each slice,
-- the survey answers (telephony.call_survey) by result, so that the report shows the survey's own satisfaction
-- with its denominator and response rate beside the callback 满意率. Rebuilt from telephony: watermark reset.
ALTER TABLE traffic_hour
  ADD COLUMN survey_satisfied           bigint NOT NULL DEFAULT 0,
  ADD COLUMN survey_basically_satisfied bigint NOT NULL DEFAULT 0,
  ADD COLUMN survey_dissatisfied        bigint NOT NULL DEFAULT 0;
ALTER TABLE traffic_agent_day
  ADD COLUMN survey_satisfied           bigint NOT NULL DEFAULT 0,
  ADD COLUMN survey_basically_satisfied bigint NOT NULL DEFAULT 0,
  ADD COLUMN survey_dissatisfied        bigint NOT NULL DEFAULT 0;

UPDATE rollup_watermark SET last_id = 0 WHERE name = 'traffic_hour';
