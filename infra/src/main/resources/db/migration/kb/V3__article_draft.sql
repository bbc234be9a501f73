-- The review step (审核发布): an edit of a published article waits here until a reviewer other than its author
-- publishes it; the published version stays live (and alone in the search index) meanwhile. One draft per article.
CREATE TABLE article_draft (
  article_id    bigint PRIMARY KEY REFERENCES article (id),
  base_version  integer NOT NULL,
  title         text NOT NULL,
  body          text NOT NULL,
  category      text NOT NULL DEFAULT '',
  keywords      text[] NOT NULL DEFAULT '{}',
  valid_from    date,
  valid_to      date,
  author        text NOT NULL,
  at            timestamptz NOT NULL
);
CREATE INDEX article_draft_at_idx ON article_draft (at);
