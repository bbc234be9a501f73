-- Appeals citizens filed on the public page: the tracking number (random, never the ticket number), the fingerprint
-- of phone and text that catches the same appeal sent twice, the client's Idempotency-Key and address.
CREATE TABLE citizen_appeal (
  ticket_id        bigint PRIMARY KEY REFERENCES ticket (id),
  tracking_no      text NOT NULL UNIQUE,
  duplicate_key    char(64) NOT NULL,
  idempotency_key  text UNIQUE,
  client           text,
  filed_at         timestamptz NOT NULL
);
CREATE INDEX citizen_appeal_duplicate_idx ON citizen_appeal (duplicate_key, filed_at DESC);

-- 一次性告知: what the citizen was told on a direct close, as a checklist drawn from the knowledge-base article used.
CREATE TABLE ticket_notice (
  ticket_id      bigint PRIMARY KEY REFERENCES ticket (id),
  article_code   text,
  article_title  text,
  items          jsonb NOT NULL,
  recorded_at    timestamptz NOT NULL
);
