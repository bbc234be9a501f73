-- Every AMI message as received (事件原文): append-only, one partition per day of receipt, with the Asterisk
-- server, the connection (session) and the position in it. Partitions are created by the application when a day
-- starts (ensure_ami_event_partition); retention drops whole partitions, never rows.
CREATE TABLE ami_event (
  server_id   text        NOT NULL,
  received_at timestamptz NOT NULL,
  session_id  bigint      NOT NULL,
  seq         bigint      NOT NULL,
  kind        text        NOT NULL,            -- EVENT RESPONSE BANNER MALFORMED PARTIAL
  name        text,                            -- the event name or the response value
  linkedid    text,
  uniqueid    text,
  event_at    timestamptz,                     -- Asterisk's own Timestamp header, when it sends one
  flags       smallint    NOT NULL DEFAULT 0,  -- 1 malformed lines, 2 oversize header, 4 truncated, 8 unknown event
  raw         text        NOT NULL,
  PRIMARY KEY (server_id, received_at, session_id, seq)
) PARTITION BY RANGE (received_at);
CREATE INDEX ami_event_linkedid_idx ON ami_event (linkedid) WHERE linkedid IS NOT NULL;

CREATE FUNCTION ami_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ami_event is append-only';
END $$;
CREATE TRIGGER ami_event_no_change BEFORE UPDATE OR DELETE ON ami_event
  FOR EACH ROW EXECUTE FUNCTION ami_event_is_append_only();

-- Creates the partition of one day (in UTC) if it does not exist yet; safe to call from several instances.
CREATE FUNCTION ensure_ami_event_partition(day date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  part text := 'ami_event_' || to_char(day, 'YYYYMMDD');
BEGIN
  EXECUTE format('CREATE TABLE IF NOT EXISTS telephony.%I PARTITION OF telephony.ami_event '
                 'FOR VALUES FROM (%L) TO (%L)', part,
                 (day::timestamp AT TIME ZONE 'UTC'), ((day + 1)::timestamp AT TIME ZONE 'UTC'));
EXCEPTION WHEN duplicate_table OR unique_violation THEN
  NULL; -- another instance created it at the same moment
END $$;

-- Calls (通话) folded from the events, keyed by Asterisk's Linkedid. The columns are what lists and reports
-- query; "state" holds what the fold needs to continue (legs, ring attempts, hold in progress).
CREATE TABLE call (
  id                text PRIMARY KEY,
  server_id         text        NOT NULL,
  direction         text        NOT NULL,
  outcome           text        NOT NULL,
  caller_number     text,
  caller_name       text,
  did               text,
  hotline_call_id   text,
  ticket_ref        text,
  queue             text,
  queue_uniqueid    text,
  started_at        timestamptz,
  entered_queue_at  timestamptz,
  answered_at       timestamptz,
  ended_at          timestamptz,
  last_event_at     timestamptz,
  wait_seconds      integer,
  talk_seconds      integer,
  hold_seconds      integer,
  wrap_up_seconds   integer,
  billable_seconds  integer,
  agent_interface   text,
  agent_name        text,
  hangup_cause      integer,
  hangup_cause_text text,
  complete_reason   text,
  end_missed        boolean     NOT NULL DEFAULT false,
  recording_file    text,
  recording_started boolean     NOT NULL DEFAULT false,
  after_hours       boolean     NOT NULL DEFAULT false,
  abandoned         boolean     NOT NULL DEFAULT false,
  repairs           text[]      NOT NULL DEFAULT '{}',
  state             jsonb       NOT NULL DEFAULT '{}',
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX call_started_idx ON call (started_at DESC, id DESC);
CREATE INDEX call_caller_idx ON call (caller_number, started_at DESC);
CREATE INDEX call_agent_idx ON call (agent_interface, started_at DESC);
CREATE INDEX call_queue_uniqueid_idx ON call (queue_uniqueid) WHERE queue_uniqueid IS NOT NULL;
CREATE INDEX call_open_idx ON call (server_id) WHERE ended_at IS NULL;

-- AMI connections: the gaps between them are what reconciliation from queue_log repairs.
CREATE TABLE ami_session (
  server_id       text        NOT NULL,
  session_id      bigint      NOT NULL,
  connected_at    timestamptz NOT NULL,
  disconnected_at timestamptz,
  reason          text,
  PRIMARY KEY (server_id, session_id)
);
