-- AMI messages whose fold into calls failed (a message the fold cannot read, or a bug): the message itself stays in
-- ami_event exactly as received; this row flags it with the error, so that it is counted, found and can be folded
-- again once the fold is fixed. Keyed like ami_event (no foreign key: ami_event is partitioned by day).
CREATE TABLE ami_fold_error (
  server_id   text        NOT NULL,
  received_at timestamptz NOT NULL,
  session_id  bigint      NOT NULL,
  seq         bigint      NOT NULL,
  name        text,                    -- the event name or the response value
  linkedid    text,
  error       text        NOT NULL,    -- the exception and where it was thrown
  failed_at   timestamptz NOT NULL,
  PRIMARY KEY (server_id, received_at, session_id, seq)
);
CREATE INDEX ami_fold_error_failed_idx ON ami_fold_error (server_id, failed_at DESC);
