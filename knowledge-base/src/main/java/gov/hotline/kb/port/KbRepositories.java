package gov.hotline.kb.port;

/** The knowledge-base repositories bound to one transaction. */
public interface KbRepositories {
  ArticleRepository articles();

  SynonymRepository synonyms();
}
