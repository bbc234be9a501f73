-- Passage vectors of article versions for semantic search: computed once per version, model and cutting, reused by
-- every rebuild of the index and every restart. A version's text never changes, so neither do its vectors.
CREATE TABLE article_vector (
  article_id  bigint NOT NULL,
  version     integer NOT NULL,
  model       text NOT NULL,
  passages    integer NOT NULL CHECK (passages > 0),
  dimensions  integer NOT NULL CHECK (dimensions > 0),
  vectors     bytea NOT NULL,          -- passages × dimensions little-endian float32, passage after passage
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (article_id, version, model)
);
COMMENT ON TABLE article_vector IS 'passage embeddings per article version (semantic search)';
