-- Service hours from the business calendar (issue 16): the dialplan asks the platform over FastAGI (hotline-hours)
-- which branch a call takes — OPEN (the 5×8 queue), EMERGENCY (the 7×24 emergency queue of a line configured so)
-- or AFTER_HOURS (the after-hours message) — and the decision is stored per call (the caller channel's Linkedid,
-- with its uniqueid): the first decision of a call stands.
CREATE TABLE service_hours_decision (
  call_id     text        PRIMARY KEY,
  uniqueid    text        NOT NULL,
  line        text        NOT NULL,
  branch      text        NOT NULL CHECK (branch IN ('OPEN', 'EMERGENCY', 'AFTER_HOURS')),
  decided_at  timestamptz NOT NULL
);
CREATE INDEX service_hours_decision_at_idx ON service_hours_decision (decided_at);
