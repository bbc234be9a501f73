-- Daily rollups of ticket volume and service quality (工单量、直接办结、回访、满意度), folded from core.ticket_history
-- by channel, appeal type and (second-level) category. Which day a counter lands on is defined once, in
-- reporting's TicketSlices: intake and direct closes on the day the ticket was created, replies and the callbacks
-- that answer them on the day of the reply, callback results on the day of the callback.
CREATE TABLE ticket_day (
  day                  date   NOT NULL,
  channel              text   NOT NULL,
  appeal_type          text   NOT NULL,
  category_id          text   NOT NULL,
  created              bigint NOT NULL DEFAULT 0,
  direct_closed        bigint NOT NULL DEFAULT 0,
  replied              bigint NOT NULL DEFAULT 0,
  called_back          bigint NOT NULL DEFAULT 0,
  callbacks            bigint NOT NULL DEFAULT 0,
  resolved             bigint NOT NULL DEFAULT 0,
  satisfied            bigint NOT NULL DEFAULT 0,
  basically_satisfied  bigint NOT NULL DEFAULT 0,
  dissatisfied         bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (day, channel, appeal_type, category_id)
);
INSERT INTO rollup_watermark (name, last_id) VALUES ('ticket_day', 0);
