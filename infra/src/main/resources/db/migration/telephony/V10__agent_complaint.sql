-- Complaints about agents (座席被投诉, issue 16): a complaint names the complained-about call (and so its recording,
-- 以投诉电话录音为据) and the agent who answered it — the person (工号 and name) who sat at the answering interface
-- then, else the interface itself. It counts in 座席被投诉率 only once a team lead or manager has reviewed it as
-- 成立 (UPHELD); 不成立 (REJECTED) leaves it out. A review is final and recorded with reviewer, time and comment.
CREATE TABLE agent_complaint (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  call_id         text        NOT NULL REFERENCES call (id),
  agent_interface text        NOT NULL,
  agent_username  text        NOT NULL,
  ticket_ref      text,
  reason          text        NOT NULL,
  filed_by        text        NOT NULL,
  filed_at        timestamptz NOT NULL,
  status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'UPHELD', 'REJECTED')),
  reviewed_by     text,
  reviewed_at     timestamptz,
  review_comment  text,
  CHECK ((status = 'PENDING') = (reviewed_at IS NULL))
);
CREATE INDEX agent_complaint_upheld_call_idx ON agent_complaint (call_id) WHERE status = 'UPHELD';
CREATE INDEX agent_complaint_status_idx ON agent_complaint (status, filed_at DESC);
