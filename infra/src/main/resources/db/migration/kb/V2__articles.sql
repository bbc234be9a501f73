-- Knowledge-base articles (知识条目) with append-only versions, and the admin-edited synonym dictionary.
CREATE SEQUENCE article_code_seq;

CREATE TABLE article (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code        text NOT NULL UNIQUE,
  title       text NOT NULL,
  body        text NOT NULL,
  category    text NOT NULL DEFAULT '',
  keywords    text[] NOT NULL DEFAULT '{}',
  valid_from  date,
  valid_to    date,
  status      text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
  version     integer NOT NULL,
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL,
  updated_by  text NOT NULL
);
CREATE INDEX article_status_updated_idx ON article (status, updated_at DESC, id DESC);
CREATE INDEX article_updated_idx ON article (updated_at DESC, id DESC);

-- every edit, publication and retirement is a new version; versions are never changed
CREATE TABLE article_version (
  article_id  bigint NOT NULL REFERENCES article (id),
  version     integer NOT NULL,
  title       text NOT NULL,
  body        text NOT NULL,
  category    text NOT NULL,
  keywords    text[] NOT NULL,
  valid_from  date,
  valid_to    date,
  status      text NOT NULL,
  author      text NOT NULL,
  at          timestamptz NOT NULL,
  PRIMARY KEY (article_id, version)
);

-- the newest row is the dictionary in force; older rows are its history
CREATE TABLE synonym_dictionary (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  content   text NOT NULL,
  author    text NOT NULL,
  saved_at  timestamptz NOT NULL
);
