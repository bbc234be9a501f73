-- Login sessions (登录会话): the signed token names one of these; every request checks that it is still active, so
-- logout, disabling a user, a role change or a password reset ends access at once on every instance.
CREATE TABLE user_session (
  id             text PRIMARY KEY,
  user_id        bigint NOT NULL REFERENCES app_user (id),
  created_at     timestamptz NOT NULL,
  last_seen_at   timestamptz NOT NULL,
  expires_at     timestamptz NOT NULL,
  revoked_at     timestamptz,
  revoked_reason text,
  client_address text,
  user_agent     text
);
CREATE INDEX user_session_user_idx ON user_session (user_id) WHERE revoked_at IS NULL;
CREATE INDEX user_session_created_idx ON user_session (created_at DESC);

-- Failed log-ins counted per (client address, account), per client address and per account, shared by all instances.
-- scope: PAIR (key = address + ' ' + username), ADDRESS (key = address), ACCOUNT (key = username).
CREATE TABLE login_throttle (
  scope           text NOT NULL CHECK (scope IN ('PAIR', 'ADDRESS', 'ACCOUNT')),
  key             text NOT NULL,
  failures        integer NOT NULL,
  last_failure_at timestamptz NOT NULL,
  blocked_until   timestamptz,
  PRIMARY KEY (scope, key)
);
