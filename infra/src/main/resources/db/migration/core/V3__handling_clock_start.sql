-- When the current handling clock started: the first dispatch, or the re-dispatch after a reopening (重办).
ALTER TABLE ticket ADD COLUMN handling_started_at timestamptz;
UPDATE ticket SET handling_started_at = first_dispatched_at WHERE handle_due_at IS NOT NULL;
