-- Which user sits at which interface (set when an agent logs in to a queue through the platform): screen pops and
-- agent actions go to the user of an interface.
CREATE TABLE agent_seat (
  username   text PRIMARY KEY,
  user_id    bigint      NOT NULL,
  interface  text        NOT NULL UNIQUE,
  queue      text        NOT NULL,
  since      timestamptz NOT NULL
);

-- The agent operation log (座席员操作日志): who did what to which interface, when, and what Asterisk said.
-- Append-only.
CREATE TABLE agent_operation (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at         timestamptz NOT NULL,
  user_id    bigint      NOT NULL,
  username   text        NOT NULL,
  role       text        NOT NULL,
  action     text        NOT NULL,            -- LOGIN LOGOUT PAUSE UNPAUSE LISTEN WHISPER BARGE CALLBACK
  interface  text,
  queue      text,
  reason     text,
  target     text,                            -- the agent listened to, the citizen called back, the ticket …
  success    boolean     NOT NULL,
  message    text
);
CREATE INDEX agent_operation_user_idx ON agent_operation (username, at DESC);
CREATE INDEX agent_operation_at_idx ON agent_operation (at DESC);

CREATE FUNCTION agent_operation_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'agent_operation is append-only';
END $$;
CREATE TRIGGER agent_operation_no_change BEFORE UPDATE OR DELETE ON agent_operation
  FOR EACH ROW EXECUTE FUNCTION agent_operation_is_append_only();

-- The caller's answer to the post-call satisfaction survey (满意度测评, FastAGI): 1 满意, 2 基本满意, 3 不满意.
CREATE TABLE call_survey (
  call_id    text PRIMARY KEY,
  result     text        NOT NULL,            -- SATISFIED BASICALLY_SATISFIED DISSATISFIED
  digit      text        NOT NULL,
  at         timestamptz NOT NULL
);
