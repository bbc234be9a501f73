package gov.hotline.kb.support;

import gov.hotline.kb.adapter.elastic.LocalElasticsearch;
import java.nio.file.Path;

/**
 * One real Elasticsearch node per test JVM, started on first use from the distribution the build
 * unpacked (Maven Central's integ-test-zip) and stopped when the JVM exits. There is no skipping:
 * when the node cannot start, the tests that need it fail with the node's log.
 */
public final class ElasticsearchTestNode {
  private static LocalElasticsearch node;

  private ElasticsearchTestNode() {}

  public static synchronized String url() {
    if (node == null) {
      String home = System.getProperty("es.test.home");
      if (home == null) {
        throw new IllegalStateException(
            "system property es.test.home is not set (run the tests through Maven)");
      }
      node =
          LocalElasticsearch.start(
              Path.of(home), Path.of("target", "es-test-node").toAbsolutePath());
      Runtime.getRuntime().addShutdownHook(new Thread(node::close, "es-test-node-stop"));
    }
    return node.url();
  }
}
