-- Every knowledge-base search by a person: what was asked (spaces collapsed, lower case, numbers masked), by which
-- role, how many hits. Editors read the questions that found nothing (检索盲点) to know which articles to write; no
-- user is named, so the log judges the knowledge base, not the agent.
CREATE TABLE search_log (
  id           bigserial PRIMARY KEY,
  searched_at  timestamptz NOT NULL,
  query        text NOT NULL CHECK (length(query) <= 600),
  hits         integer NOT NULL CHECK (hits >= 0),
  role         text NOT NULL
);
CREATE INDEX search_log_at ON search_log (searched_at);
COMMENT ON TABLE search_log IS 'knowledge-base searches (masked queries) for the editors'' list of unanswered questions';
