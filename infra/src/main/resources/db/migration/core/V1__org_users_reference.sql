-- Core context: org units, users, categories, business calendar, SLA policies.
CREATE TABLE org_unit (
  id          text PRIMARY KEY,
  parent_id   text REFERENCES org_unit (id),
  name        text NOT NULL,
  type        text NOT NULL CHECK (type IN ('CITY','DISTRICT','CENTER','BUREAU','STREET','TOWN','COMMUNITY','VILLAGE','ENTERPRISE')),
  aliases     text[] NOT NULL DEFAULT '{}',
  active      boolean NOT NULL DEFAULT true,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX org_unit_parent_idx ON org_unit (parent_id);

CREATE TABLE category (
  id          text PRIMARY KEY,
  parent_id   text REFERENCES category (id),
  name        text NOT NULL,
  sort_order  integer NOT NULL DEFAULT 0,
  active      boolean NOT NULL DEFAULT true
);

CREATE TABLE app_user (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username      text NOT NULL UNIQUE,
  display_name  text NOT NULL,
  role          text NOT NULL CHECK (role IN ('AGENT','TEAM_LEAD','DISPATCHER','UNIT_HANDLER','MANAGER','ADMIN')),
  unit_id       text NOT NULL REFERENCES org_unit (id),
  password_hash text NOT NULL,
  enabled       boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- Days that differ from the Monday-Friday rule: statutory holidays and make-up workdays (调休).
CREATE TABLE calendar_day (
  day   date PRIMARY KEY,
  kind  text NOT NULL CHECK (kind IN ('HOLIDAY','WORKDAY')),
  name  text NOT NULL DEFAULT ''
);

-- Time limits per (category, urgency); a NULL category is the default for the urgency.
CREATE TABLE sla_policy (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  category_id  text REFERENCES category (id),
  urgency      text NOT NULL CHECK (urgency IN ('NORMAL','URGENT')),
  sign_for     text NOT NULL,
  handling     text NOT NULL,
  callback     text NOT NULL,
  CONSTRAINT sla_policy_key UNIQUE NULLS NOT DISTINCT (category_id, urgency)
);

INSERT INTO sla_policy (category_id, urgency, sign_for, handling, callback) VALUES
  (NULL, 'NORMAL', '4wh', '7wd', '2wd'),
  (NULL, 'URGENT', '30m', '2h', '4h');

-- Secrets the server instances share (e.g. the key that signs login tokens), created on first start.
CREATE TABLE server_secret (
  name       text PRIMARY KEY,
  value      text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
