-- Tickets whose 不纳入考核 request is approved (and not revoked), folded from the ticket history with unit_day:
-- their history leaves the units' 三率 of every period while they are listed here.
CREATE TABLE excluded_ticket (
  ticket_id   bigint PRIMARY KEY,
  approved_at timestamptz NOT NULL
);
