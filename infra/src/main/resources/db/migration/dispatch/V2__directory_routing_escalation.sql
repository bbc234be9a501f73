-- Dispatch context (派单): what it adds to the unit directory, the dispatch catalogue's versions, dispatch decisions,
-- where tickets lie, duplicates, merges, hotspots, escalation warnings and scan positions. Ids of units, categories
-- and tickets refer to the core schema without foreign keys (foreign keys stay inside a schema).

-- The district the directory describes (one row).
CREATE TABLE directory (
  id             integer PRIMARY KEY CHECK (id = 1),
  district       text NOT NULL,
  source_version text,
  imported_at    timestamptz NOT NULL DEFAULT now()
);

-- A unit's dispatch profile: the service and service area of an enterprise.
CREATE TABLE unit_profile (
  unit_id      text PRIMARY KEY,
  service      text,
  service_area text,
  updated_at   timestamptz NOT NULL DEFAULT now()
);

-- The gazetteer (地名库) of streets and towns: compounds, communities, villages, roads, landmarks.
CREATE TABLE place (
  unit_id  text NOT NULL,
  name     text NOT NULL,
  kind     text NOT NULL CHECK (kind IN ('COMPOUND','COMMUNITY','VILLAGE','ROAD','LANDMARK')),
  position integer NOT NULL,
  PRIMARY KEY (unit_id, name)
);

-- Versions of the dispatch catalogue (派单目录); a version is never changed once written.
CREATE TABLE catalogue_version (
  version      integer PRIMARY KEY,
  entries      jsonb NOT NULL,
  placeholders jsonb NOT NULL DEFAULT '{}',
  created_at   timestamptz NOT NULL,
  created_by   text NOT NULL,
  note         text NOT NULL DEFAULT ''
);

-- Where each ticket was sent (one row per dispatch entry of the ticket history) and what was recommended then.
CREATE TABLE decision (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  history_id          bigint NOT NULL UNIQUE,
  ticket_id           bigint NOT NULL,
  ticket_no           text NOT NULL,
  category_id         text NOT NULL,
  lead_unit_id        text NOT NULL,
  lead_ref            text NOT NULL,
  recommended_unit_id text,
  decided_by          bigint NOT NULL,
  decided_at          timestamptz NOT NULL
);
CREATE INDEX decision_ticket_idx ON decision (ticket_id, id DESC);

-- Where a ticket lies, resolved once at intake.
CREATE TABLE ticket_profile (
  ticket_id    bigint PRIMARY KEY,
  ticket_no    text NOT NULL,
  created_at   timestamptz NOT NULL,
  caller_phone text,
  category_id  text NOT NULL,
  resolution   text NOT NULL,
  street_id    text,
  community_id text,
  confidence   double precision NOT NULL DEFAULT 0,
  places       text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX ticket_profile_street_idx ON ticket_profile (street_id, created_at);
CREATE INDEX ticket_profile_caller_idx ON ticket_profile (caller_phone, created_at);

-- Probable duplicates (疑似重复) and what the dispatcher decided.
CREATE TABLE duplicate (
  ticket_id    bigint PRIMARY KEY,
  duplicate_of bigint NOT NULL,
  similarity   double precision NOT NULL,
  reason       text NOT NULL,
  status       text NOT NULL CHECK (status IN ('PROBABLE','MERGED','DISMISSED')),
  detected_at  timestamptz NOT NULL,
  decided_by   bigint,
  decided_at   timestamptz
);
CREATE INDEX duplicate_status_idx ON duplicate (status, detected_at DESC);

-- Tickets merged (合并) under a master ticket.
CREATE TABLE merge (
  ticket_id        bigint PRIMARY KEY,
  master_ticket_id bigint NOT NULL,
  merged_by        bigint NOT NULL,
  merged_at        timestamptz NOT NULL,
  note             text
);
CREATE INDEX merge_master_idx ON merge (master_ticket_id);

-- Hotspot alerts (集中突发问题预警) and their tickets.
CREATE TABLE hotspot (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  scope_unit_id text NOT NULL,
  street_id     text,
  category_id   text NOT NULL,
  first_at      timestamptz NOT NULL,
  last_at       timestamptz NOT NULL,
  status        text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
  raised_at     timestamptz NOT NULL
);
CREATE INDEX hotspot_scope_idx ON hotspot (scope_unit_id, category_id, last_at DESC);
CREATE INDEX hotspot_raised_idx ON hotspot (raised_at DESC);

CREATE TABLE hotspot_ticket (
  hotspot_id bigint NOT NULL REFERENCES hotspot (id),
  ticket_id  bigint NOT NULL,
  PRIMARY KEY (hotspot_id, ticket_id)
);

-- Escalation warnings (临期/超期/督办超期 预警), raised once per ticket, kind and deadline.
CREATE TABLE alert (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ticket_id bigint NOT NULL,
  kind      text NOT NULL CHECK (kind IN ('NEAR_DUE','OVERDUE','SUPERVISION_OVERDUE')),
  due_at    timestamptz NOT NULL,
  unit_id   text,
  raised_at timestamptz NOT NULL,
  urged     boolean NOT NULL DEFAULT false,
  CONSTRAINT alert_once UNIQUE (ticket_id, kind, due_at)
);
CREATE INDEX alert_to_urge_idx ON alert (id) WHERE NOT urged;

-- Positions of the scans over tickets and ticket history, one row per job. Scans look back a little behind their
-- position, because ids are handed out before commit and a slow transaction may commit after a later id.
CREATE TABLE scan_position (
  job        text PRIMARY KEY,
  position   bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
