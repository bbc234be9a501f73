-- Issue 18: one ingester per Asterisk server among N instances. The instance holding a server's row
-- (holder) with an unexpired lease connects to that server's AMI and writes its events; it renews
-- every second. An expired row is taken over by another instance with token + 1: the fencing token
-- every ingestion transaction checks (FOR SHARE), so a holder that lost its lease cannot commit.
-- Times are the database's own (now()), one clock for every instance.
CREATE TABLE ingest_lease (
  server_id   text        PRIMARY KEY,
  holder      text        NOT NULL,
  token       bigint      NOT NULL,
  acquired_at timestamptz NOT NULL,
  renewed_at  timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL
);
