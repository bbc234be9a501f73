-- Schema of the kb context: knowledge-base articles, versions and synonyms. Tables arrive with the features that own them.
COMMENT ON SCHEMA kb IS 'knowledge-base articles, versions and synonyms';
