-- Tickets (工单) and their append-only history.
CREATE TABLE ticket (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ticket_no           text NOT NULL UNIQUE,
  status              text NOT NULL,
  channel             text NOT NULL,
  caller_name         text,
  caller_phone        text NOT NULL,
  confidential        boolean NOT NULL DEFAULT false,
  address             text,
  appeal_type         text NOT NULL,
  category_id         text NOT NULL REFERENCES category (id),
  urgency             text NOT NULL,
  content             text NOT NULL,
  call_id             text,
  lead_unit_id        text REFERENCES org_unit (id),
  assist_unit_ids     text[] NOT NULL DEFAULT '{}',
  sign_due_at         timestamptz,
  handle_due_at       timestamptz,
  callback_due_at     timestamptz,
  supervision_due_at  timestamptz,
  -- the deadline the current status is measured against, as Ticket.currentDueAt() computes it; kept for indexing
  due_at              timestamptz,
  first_dispatched_at timestamptz,
  dispatched_at       timestamptz,
  signed_at           timestamptz,
  replied_at          timestamptz,
  reply               text,
  callback_at         timestamptz,
  resolved            boolean,
  satisfaction        text,
  closed_at           timestamptz,
  urge_count          integer NOT NULL DEFAULT 0,
  supervised          boolean NOT NULL DEFAULT false,
  exclusion           text NOT NULL DEFAULT 'NONE',
  return_count        integer NOT NULL DEFAULT 0,
  extension_count     integer NOT NULL DEFAULT 0,
  resume_status       text,
  requested_due_at    timestamptz,
  created_at          timestamptz NOT NULL,
  created_by          bigint,
  created_by_unit     text,
  updated_at          timestamptz NOT NULL DEFAULT now(),
  version             bigint NOT NULL DEFAULT 0
);
CREATE INDEX ticket_created_idx ON ticket (created_at DESC, id DESC);
CREATE INDEX ticket_status_created_idx ON ticket (status, created_at DESC);
CREATE INDEX ticket_lead_unit_idx ON ticket (lead_unit_id, status);
CREATE INDEX ticket_assist_units_idx ON ticket USING gin (assist_unit_ids);
CREATE INDEX ticket_category_idx ON ticket (category_id, created_at DESC);
CREATE INDEX ticket_due_idx ON ticket (due_at) WHERE due_at IS NOT NULL;
CREATE INDEX ticket_caller_phone_idx ON ticket (caller_phone, created_at DESC);
CREATE INDEX ticket_call_idx ON ticket (call_id) WHERE call_id IS NOT NULL;

CREATE TABLE ticket_history (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ticket_id     bigint NOT NULL REFERENCES ticket (id),
  at            timestamptz NOT NULL,
  actor_id      bigint NOT NULL,
  actor_name    text NOT NULL,
  actor_role    text NOT NULL,
  actor_unit_id text NOT NULL,
  action        text NOT NULL,
  from_status   text,
  to_status     text NOT NULL,
  reason        text,
  details       jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX ticket_history_ticket_idx ON ticket_history (ticket_id, id);

-- History is append-only: the database itself refuses edits and deletes.
CREATE FUNCTION ticket_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ticket_history is append-only';
END $$;
CREATE TRIGGER ticket_history_no_change BEFORE UPDATE OR DELETE ON ticket_history
  FOR EACH ROW EXECUTE FUNCTION ticket_history_is_append_only();

-- Ticket numbers are handed out in blocks per day so that concurrent intakes do not queue on one row.
CREATE TABLE ticket_number_block (
  day        date PRIMARY KEY,
  next_value bigint NOT NULL
);
