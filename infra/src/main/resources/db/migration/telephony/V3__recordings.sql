-- The recordings index (录音): one entry per call, rewritten at every check. Status VERIFIED is the only usable one.
CREATE TABLE recording (
  call_id          text PRIMARY KEY REFERENCES call (id),
  file             text,                    -- as Asterisk named it, relative to the recordings directory
  status           text        NOT NULL,    -- PENDING VERIFIED MISSING EMPTY SILENT CORRUPT NONE
  duration_seconds double precision,        -- from the WAV header (data size / byte rate)
  size_bytes       bigint,
  sha256           text,
  rms_dbfs         double precision,
  peak             double precision,
  expected         boolean     NOT NULL,    -- the call needed one: answered, or a callback
  checked_at       timestamptz NOT NULL
);
CREATE INDEX recording_status_idx ON recording (status) WHERE status <> 'VERIFIED';

-- Every playback request (录音调听), granted or not: who, when, which call, which byte range. Append-only.
CREATE TABLE recording_access (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  call_id   text        NOT NULL,
  user_id   bigint      NOT NULL,
  username  text        NOT NULL,
  role      text        NOT NULL,
  at        timestamptz NOT NULL,
  byte_range text,
  result    text        NOT NULL           -- GRANTED DENIED NOT_FOUND
);
CREATE INDEX recording_access_call_idx ON recording_access (call_id, at);

CREATE FUNCTION recording_access_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'recording_access is append-only';
END $$;
CREATE TRIGGER recording_access_no_change BEFORE UPDATE OR DELETE ON recording_access
  FOR EACH ROW EXECUTE FUNCTION recording_access_is_append_only();
