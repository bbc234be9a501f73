package gov.hotline.infra.demo;

import gov.hotline.core.user.Actor;
import gov.hotline.kb.domain.ArticleFilter;
import gov.hotline.kb.service.ArticleService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo knowledge base: the 30 sample articles (Haidian), imported and published when the base is
 * empty.
 */
public final class DemoKnowledge {
  private static final Logger LOG = LoggerFactory.getLogger(DemoKnowledge.class);

  private DemoKnowledge() {}

  public static void importIfEmpty(ArticleService articles) {
    Actor system = Actor.system(DemoData.CENTER);
    if (articles.list(new ArticleFilter(null, null, null, 1, 1), system).total() > 0) {
      return;
    }
    var r = articles.importLines(read(), system);
    LOG.info("demo knowledge base imported: {} articles", r.created());
  }

  private static String read() {
    try (InputStream in = DemoKnowledge.class.getResourceAsStream("/demo/kb-articles.jsonl")) {
      if (in == null) {
        throw new IllegalStateException("missing resource /demo/kb-articles.jsonl");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
