-- Pause reasons (示忙原因) that admins edit; an agent pauses with one of the codes, Asterisk gets the label.
CREATE TABLE pause_reason (
  code       text PRIMARY KEY,
  label      text    NOT NULL,
  position   integer NOT NULL
);
INSERT INTO pause_reason (code, label, position) VALUES
  ('BREAK', '小休', 1), ('MEAL', '就餐', 2), ('TRAINING', '培训', 3), ('MEETING', '会议', 4), ('OTHER', '其他', 5);

-- Settings of the live board (实时监控): one row per key, integer values (seconds).
CREATE TABLE live_setting (
  key        text PRIMARY KEY,
  value      integer NOT NULL
);
INSERT INTO live_setting (key, value) VALUES ('longCallSeconds', 600), ('longPauseSeconds', 900);

-- Quality inspection (录音质检): versioned scorecards defined by admins; a score keeps the version it used.
CREATE TABLE qa_scorecard (
  version    integer PRIMARY KEY,
  name       text        NOT NULL,
  created_at timestamptz NOT NULL,
  created_by text        NOT NULL
);
CREATE TABLE qa_scorecard_item (
  version    integer NOT NULL REFERENCES qa_scorecard (version),
  position   integer NOT NULL,
  code       text    NOT NULL,
  label      text    NOT NULL,
  weight     integer NOT NULL,
  fatal      boolean NOT NULL,
  PRIMARY KEY (version, code)
);
INSERT INTO qa_scorecard (version, name, created_at, created_by) VALUES (1, '热线服务质检标准', now(), 'system');
INSERT INTO qa_scorecard_item (version, position, code, label, weight, fatal) VALUES
  (1, 1, 'GREETING', '规范问候语', 10, false),
  (1, 2, 'LISTENING', '倾听与确认诉求', 20, false),
  (1, 3, 'ACCURACY', '业务解答准确', 25, false),
  (1, 4, 'RECORD', '工单记录完整', 20, false),
  (1, 5, 'ATTITUDE', '服务态度', 15, false),
  (1, 6, 'CLOSING', '规范结束语', 10, false),
  (1, 7, 'ABUSE', '辱骂群众', 0, true),
  (1, 8, 'SHIRKING', '推诿群众', 0, true);

-- One score of one call's handling by its agent; status SCORED, APPEALED, APPEAL_ACCEPTED, APPEAL_REJECTED.
CREATE TABLE qa_score (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  call_id           text        NOT NULL,
  agent_username    text        NOT NULL,
  agent_interface   text,
  scorecard_version integer     NOT NULL REFERENCES qa_scorecard (version),
  total             integer     NOT NULL,
  computed_total    integer     NOT NULL,
  comment           text,
  scorer            text        NOT NULL,
  scored_at         timestamptz NOT NULL,
  status            text        NOT NULL,
  appeal_reason     text,
  appealed_at       timestamptz,
  decision_comment  text,
  decided_by        text,
  decided_at        timestamptz,
  version           integer     NOT NULL DEFAULT 0
);
CREATE INDEX qa_score_call_idx ON qa_score (call_id);
CREATE INDEX qa_score_agent_idx ON qa_score (agent_username, scored_at DESC);
CREATE INDEX qa_score_at_idx ON qa_score (scored_at DESC);
CREATE TABLE qa_score_item (
  score_id     bigint  NOT NULL REFERENCES qa_score (id),
  code         text    NOT NULL,
  points       integer NOT NULL,
  fatal_failed boolean NOT NULL,
  PRIMARY KEY (score_id, code)
);
