-- Service-hours branches (issue 16): per local day, how many citizens' calls the service-hours FastAGI sent to the
-- 5×8 queue (OPEN), the 7×24 emergency queue (EMERGENCY) or the after-hours message (AFTER_HOURS), counted like
-- every traffic figure by the call's counting time. Rebuilt with the other traffic rollups: watermark reset.
CREATE TABLE traffic_branch_day (
  day     date   NOT NULL,
  branch  text   NOT NULL,
  calls   bigint NOT NULL,
  PRIMARY KEY (day, branch)
);

UPDATE rollup_watermark SET last_id = 0 WHERE name = 'traffic_hour';
