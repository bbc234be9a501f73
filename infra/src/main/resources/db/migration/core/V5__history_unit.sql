-- The lead unit each history entry concerns, so that unit statistics (三率) credit the unit that acted even after
-- the ticket moved on to another unit.
ALTER TABLE ticket_history ADD COLUMN unit_id text;
CREATE INDEX ticket_history_unit_idx ON ticket_history (unit_id, at) WHERE unit_id IS NOT NULL;
