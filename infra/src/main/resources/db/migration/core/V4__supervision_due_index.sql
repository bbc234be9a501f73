-- Supervised tickets (督办) by their supervision deadline, for the escalation sweep (few rows, hence partial).
CREATE INDEX ticket_supervision_due_idx ON ticket (supervision_due_at) WHERE supervised;
