-- Idempotency-Key of creating POSTs: the same key from the same user gets the first result again. For tickets the
-- row is written in the ticket's own transaction (ticket_id), so a ticket whose response was lost is never duplicated.
CREATE TABLE idempotency_key (
  user_id      bigint NOT NULL REFERENCES app_user (id),
  key          text NOT NULL,
  method       text NOT NULL,
  path         text NOT NULL,
  request_hash text NOT NULL,
  ticket_id    bigint,
  status       integer,
  content_type text,
  body         text,
  created_at   timestamptz NOT NULL,
  PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
