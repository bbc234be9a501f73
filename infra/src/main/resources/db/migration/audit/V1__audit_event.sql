-- The audit log (审计日志): who, role, what, target, when, from where, result, detail. Append-only (updates and
-- deletes are refused) and hash-chained: hash = sha256(prev_hash || canonical row text), so a deleted or edited row
-- breaks the chain and the verify finds it. Kept at least 6 months (网络安全法 第二十一条).
CREATE TABLE audit_event (
  id             bigint PRIMARY KEY,
  at             timestamptz NOT NULL,
  actor_id       bigint,
  actor_username text,
  actor_role     text,
  action         text NOT NULL,
  target         text,
  client_address text,
  result         text NOT NULL,
  detail         text,
  prev_hash      text NOT NULL,
  hash           text NOT NULL
);
CREATE SEQUENCE audit_event_id_seq;
CREATE INDEX audit_event_at_idx ON audit_event (at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_username, at);
CREATE INDEX audit_event_action_idx ON audit_event (action, at);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit.audit_event is append-only';
END $$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
