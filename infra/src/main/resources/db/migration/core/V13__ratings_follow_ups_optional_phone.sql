-- Intake on channels without a phone (网站, 微信, 留言板, e-mail) may come without the citizen's number.
ALTER TABLE ticket ALTER COLUMN caller_phone DROP NOT NULL;

-- Ratings (好差评), every source in one place, stored locally first: synced_at stays null until the upstream sync
-- has delivered the rating (the sync itself is wired elsewhere; it reads the unsynced rows by the partial index).
CREATE TABLE ticket_rating (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ticket_id  bigint NOT NULL REFERENCES ticket (id),
  rating     text NOT NULL,
  source     text NOT NULL,
  comment    text,
  call_id    text,
  rated_at   timestamptz NOT NULL,
  synced_at  timestamptz
);
CREATE INDEX ticket_rating_ticket_idx ON ticket_rating (ticket_id, id);
CREATE INDEX ticket_rating_unsynced_idx ON ticket_rating (id) WHERE synced_at IS NULL;
-- a citizen rates an appeal once (the page's own rating); callbacks and surveys may repeat after a reopening
CREATE UNIQUE INDEX ticket_rating_citizen_once ON ticket_rating (ticket_id) WHERE source = 'CITIZEN';

-- Follow-ups (整改) opened by a 差评, each with its own deadline from the ticket's SLA on the business calendar.
CREATE TABLE ticket_follow_up (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ticket_id  bigint NOT NULL REFERENCES ticket (id),
  rating_id  bigint NOT NULL REFERENCES ticket_rating (id),
  reason     text NOT NULL,
  opened_at  timestamptz NOT NULL,
  due_at     timestamptz NOT NULL
);
CREATE INDEX ticket_follow_up_ticket_idx ON ticket_follow_up (ticket_id, id);
CREATE INDEX ticket_follow_up_due_idx ON ticket_follow_up (due_at);
