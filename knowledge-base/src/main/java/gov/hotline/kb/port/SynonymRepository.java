package gov.hotline.kb.port;

import java.time.Instant;
import java.util.Optional;

/**
 * Storage of the admin-edited synonym dictionary (the newest saved text wins; older texts are
 * kept).
 */
public interface SynonymRepository {
  Optional<String> current();

  void save(String text, String author, Instant at);
}
