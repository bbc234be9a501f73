-- 座席被投诉率 from reviewed complaints (issue 16): the traffic rollups count, of the answered calls of each slice,
-- the calls with a complaint reviewed as 成立 (telephony.agent_complaint, status UPHELD), so that the rate is
-- per hour, queue, agent and person like every traffic KPI. Rebuilt from telephony: watermark reset.
ALTER TABLE traffic_hour ADD COLUMN complained bigint NOT NULL DEFAULT 0;
ALTER TABLE traffic_agent_day ADD COLUMN complained bigint NOT NULL DEFAULT 0;

UPDATE rollup_watermark SET last_id = 0 WHERE name = 'traffic_hour';
