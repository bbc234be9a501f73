-- The link to the city's 12345 platform (市级平台对接). Ticket ids refer to core.ticket (no foreign key across schemas).

-- Every city case the district took in: claimed by its case number in the ticket's own transaction (the primary
-- key makes a second, concurrent or later delivery wait and then find the case taken).
CREATE TABLE city_case (
  case_no        text PRIMARY KEY,
  ticket_id      bigint UNIQUE,
  ticket_no      text,
  deadline       timestamptz,
  dispatched_at  timestamptz,
  received_at    timestamptz NOT NULL
);

-- Cases refused at intake, with the reason the city was told, kept for a person to look at.
CREATE TABLE rejected_intake (
  id           bigserial PRIMARY KEY,
  case_no      text,
  reason_code  text NOT NULL,
  reason       text NOT NULL,
  payload      text NOT NULL,
  received_at  timestamptz NOT NULL
);
CREATE INDEX rejected_intake_received_idx ON rejected_intake (received_at DESC);

-- The transactional outbox: one row per update the city must hear of, written in the transaction of the ticket
-- change. Sent in id order per case by one relay at a time; DEAD after too many failed attempts (dead letter).
CREATE TABLE outbox (
  id               bigserial PRIMARY KEY,
  case_no          text NOT NULL,
  ticket_id        bigint NOT NULL,
  ticket_no        text NOT NULL,
  kind             text NOT NULL,
  status_after     text NOT NULL,
  sequence         bigint NOT NULL,
  idempotency_key  text NOT NULL UNIQUE,
  payload          text NOT NULL,
  created_at       timestamptz NOT NULL,
  state            text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'SENT', 'DEAD')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL,
  last_error       text,
  sent_at          timestamptz
);
CREATE INDEX outbox_unsent_idx ON outbox (case_no, id) WHERE state <> 'SENT';
CREATE INDEX outbox_case_idx ON outbox (case_no, id);

-- The city's verdicts (市级审核结果) on what the district reported; a verdict delivered twice counts once.
CREATE TABLE verdict (
  verdict_id   text PRIMARY KEY,
  case_no      text NOT NULL,
  update_key   text,
  accepted     boolean NOT NULL,
  reason       text,
  decided_at   timestamptz NOT NULL,
  received_at  timestamptz NOT NULL,
  outcome      text NOT NULL
);
CREATE INDEX verdict_case_idx ON verdict (case_no, received_at);
