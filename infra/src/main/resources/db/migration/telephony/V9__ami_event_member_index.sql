-- The agent figures by person (issue 16) read a period's queue member events (login, logout, pause) from the raw
-- events: a partial index keeps that read to those few rows instead of every event of the period.
CREATE INDEX IF NOT EXISTS ami_event_member_idx ON ami_event (received_at)
  WHERE kind = 'EVENT'
    AND name IN ('QueueMemberAdded', 'QueueMemberRemoved', 'QueueMemberPause', 'QueueMemberStatus');
