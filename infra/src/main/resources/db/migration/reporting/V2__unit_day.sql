-- Daily rollups of unit ticket handling (三率), folded from core.ticket_history.
CREATE TABLE unit_day (
  day                  date   NOT NULL,
  unit_id              text   NOT NULL,
  dispatched           bigint NOT NULL DEFAULT 0,
  signed               bigint NOT NULL DEFAULT 0,
  signed_on_time       bigint NOT NULL DEFAULT 0,
  replied              bigint NOT NULL DEFAULT 0,
  replied_on_time      bigint NOT NULL DEFAULT 0,
  callbacks            bigint NOT NULL DEFAULT 0,
  resolved             bigint NOT NULL DEFAULT 0,
  satisfied            bigint NOT NULL DEFAULT 0,
  basically_satisfied  bigint NOT NULL DEFAULT 0,
  dissatisfied         bigint NOT NULL DEFAULT 0,
  returns              bigint NOT NULL DEFAULT 0,
  extensions           bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (day, unit_id)
);

-- How far each rollup has read its source (the id of the last history entry folded in).
CREATE TABLE rollup_watermark (
  name     text PRIMARY KEY,
  last_id  bigint NOT NULL
);
INSERT INTO rollup_watermark (name, last_id) VALUES ('unit_day', 0);
