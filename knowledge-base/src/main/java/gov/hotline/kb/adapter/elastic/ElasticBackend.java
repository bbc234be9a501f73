package gov.hotline.kb.adapter.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.kb.adapter.search.IndexBackend;
import gov.hotline.kb.adapter.search.IndexDocument;
import gov.hotline.kb.adapter.search.IndexQuery;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch engine through the official Java client. The application analyses Chinese
 * itself and sends space-separated tokens, which the node indexes with its built-in {@code
 * whitespace} analyzer (no plugins needed); an index template maps the field families by name:
 * {@code t_*} tokens (BM25), {@code k_*} keywords, {@code n_*} longs, {@code s_*} stored only. One
 * shard, so scores equal the embedded engine's.
 *
 * <p>An unreachable node is an outage, not a configuration error: the server starts without it,
 * every request that needs it fails at once with {@code SEARCH_UNAVAILABLE} (connections time out
 * after a second), and the template and indexes are created when it answers again.
 */
public final class ElasticBackend implements IndexBackend {
  private static final int BULK_CHUNK = 1000;
  private static final String TEMPLATE =
      """
      {"index_patterns": ["%1$s*"],
       "template": {
         "settings": {"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "1s"},
         "mappings": {
           "dynamic": true,
           "_source": {"excludes": ["t_*", "v_*"]},
           "dynamic_templates": [
             {"tokens": {"match": "t_*", "mapping": {"type": "text", "analyzer": "whitespace"}}},
             {"keywords": {"match": "k_*", "mapping": {"type": "keyword"}}},
             {"numbers": {"match": "n_*", "mapping": {"type": "long"}}},
             {"vectors": {"match": "v_*", "mapping": {"type": "dense_vector", "index": true,
                "similarity": "dot_product", "index_options": {"type": "hnsw"}}}},
             {"stored": {"match": "s_*", "mapping": {"type": "text", "index": false, "norms": false}}}
           ]}}}
      """;

  private static final Logger LOG = LoggerFactory.getLogger(ElasticBackend.class);
  private static final int CONNECT_TIMEOUT_MS = 1_000;
  private static final int SOCKET_TIMEOUT_MS = 15_000;

  /** What a request that needs the node answers while it is unreachable. */
  public static final String UNAVAILABLE = "知识库检索暂不可用（检索引擎 Elasticsearch 无法连接），请稍后重试；工单受理与办理不受影响";

  private final RestClient rest;
  private volatile boolean templateInstalled;
  private final ElasticsearchClient client;
  private final String prefix;
  private final Set<String> ready = ConcurrentHashMap.newKeySet();

  /**
   * Connects to {@code url} (e.g. http://127.0.0.1:9200); index names start with {@code prefix}.
   */
  public ElasticBackend(String url, String prefix) {
    this.rest =
        RestClient.builder(HttpHost.create(url))
            .setRequestConfigCallback(
                c -> c.setConnectTimeout(CONNECT_TIMEOUT_MS).setSocketTimeout(SOCKET_TIMEOUT_MS))
            .build();
    this.client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    this.prefix = prefix.toLowerCase(Locale.ROOT);
    try {
      installTemplate();
    } catch (DomainException e) {
      LOG.warn("Elasticsearch（{}）暂不可用，服务照常启动，检索在其恢复后可用", url);
    }
  }

  private void installTemplate() {
    if (templateInstalled) {
      return;
    }
    call(
        () ->
            client
                .indices()
                .putIndexTemplate(
                    t ->
                        t.name(this.prefix + "template")
                            .withJson(new StringReader(TEMPLATE.formatted(this.prefix)))));
    templateInstalled = true;
  }

  /**
   * True when the node answers now (within the connect timeout). Asked twice: after an outage the
   * first request meets a pooled connection the node's restart broke.
   */
  @Override
  public boolean available() {
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        rest.performRequest(new Request("HEAD", "/"));
        return true;
      } catch (ResponseException e) {
        // the node answered (some distributions refuse HEAD / with a 405): it is there unless 5xx
        if (e.getResponse().getStatusLine().getStatusCode() < 500) {
          return true;
        }
      } catch (IOException e) {
        LOG.debug("Elasticsearch ping failed: {}", e.toString());
      }
    }
    return false;
  }

  @Override
  public String name() {
    return "elasticsearch";
  }

  private String index(String name) {
    String full = prefix + name;
    installTemplate();
    if (!ready.contains(full)) {
      call(
          () -> {
            if (!client.indices().exists(e -> e.index(full)).value()) {
              try {
                client.indices().create(c -> c.index(full));
              } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                  throw e;
                }
              }
            }
            return null;
          });
      ready.add(full);
    }
    return full;
  }

  @Override
  public void upsert(String name, List<IndexDocument> docs) {
    String index = index(name);
    for (int from = 0; from < docs.size(); from += BULK_CHUNK) {
      List<IndexDocument> chunk = docs.subList(from, Math.min(docs.size(), from + BULK_CHUNK));
      boolean last = from + BULK_CHUNK >= docs.size();
      BulkRequest.Builder b =
          new BulkRequest.Builder().refresh(last ? Refresh.WaitFor : Refresh.False);
      for (IndexDocument d : chunk) {
        Map<String, Object> source = toSource(d);
        b.operations(op -> op.index(i -> i.index(index).id(d.id()).document(source)));
      }
      BulkResponse r = call(() -> client.bulk(b.build()));
      if (r.errors()) {
        String reason =
            r.items().stream()
                .filter(i -> i.error() != null)
                .findFirst()
                .map(i -> i.error().reason())
                .orElse("unknown");
        throw new IllegalStateException("Elasticsearch bulk indexing failed: " + reason);
      }
    }
  }

  private static Map<String, Object> toSource(IndexDocument d) {
    Map<String, Object> source = new HashMap<>();
    d.tokens().forEach((f, tokens) -> source.put(f, String.join(" ", tokens)));
    source.putAll(d.keywords());
    source.putAll(d.numbers());
    source.putAll(d.stored());
    d.vectors()
        .forEach(
            (f, v) -> {
              List<Float> list = new ArrayList<>(v.length);
              for (float x : v) {
                list.add(x);
              }
              source.put(f, list);
            });
    return source;
  }

  @Override
  public void delete(String name, String id) {
    String index = index(name);
    call(() -> client.delete(d -> d.index(index).id(id).refresh(Refresh.WaitFor)));
  }

  @Override
  public void deleteAll(String name, List<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    String index = index(name);
    BulkRequest.Builder b = new BulkRequest.Builder().refresh(Refresh.WaitFor);
    for (String id : ids) {
      b.operations(op -> op.delete(d -> d.index(index).id(id)));
    }
    call(() -> client.bulk(b.build()));
  }

  /** Drops and recreates the index (the minimal distribution has no delete-by-query). */
  @Override
  public void deleteAll(String name) {
    String full = index(name);
    call(() -> client.indices().delete(d -> d.index(full).ignoreUnavailable(true)));
    ready.remove(full);
    index(name);
  }

  @Override
  public long count(String name) {
    String index = index(name);
    return call(() -> client.count(c -> c.index(index)).count());
  }

  @Override
  @SuppressWarnings("rawtypes")
  public List<Hit> search(String name, IndexQuery query) {
    String index = index(name);
    Query q = toElastic(query);
    SearchResponse<Map> r =
        call(
            () ->
                client.search(
                    s ->
                        s.index(index)
                            .query(q)
                            .size(query.limit())
                            .trackTotalHits(t -> t.enabled(false)),
                    Map.class));
    return hits(r);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public List<Hit> nearest(
      String name, String field, float[] vector, int k, List<IndexQuery.Filter> filters) {
    String index = index(name);
    List<Float> v = new ArrayList<>(vector.length);
    for (float x : vector) {
      v.add(x);
    }
    List<Query> filter =
        filters.isEmpty()
            ? List.of()
            : List.of(toElastic(new IndexQuery(List.of(), filters, List.of(), k)));
    SearchResponse<Map> r =
        call(
            () ->
                client.search(
                    s ->
                        s.index(index)
                            .knn(
                                n ->
                                    n.field(field)
                                        .queryVector(v)
                                        .k(k)
                                        .numCandidates(Math.max(100, 2 * k))
                                        .filter(filter))
                            .size(k)
                            .trackTotalHits(t -> t.enabled(false)),
                    Map.class));
    return hits(r);
  }

  @SuppressWarnings("rawtypes")
  private static List<Hit> hits(SearchResponse<Map> r) {
    List<IndexBackend.Hit> hits = new ArrayList<>();
    for (co.elastic.clients.elasticsearch.core.search.Hit<Map> h : r.hits().hits()) {
      Map<String, String> stored = new HashMap<>();
      if (h.source() != null) {
        ((Map<?, ?>) h.source())
            .forEach(
                (k, val) -> {
                  if (k.toString().startsWith("s_") && val != null) {
                    stored.put(k.toString(), val.toString());
                  }
                });
      }
      hits.add(new IndexBackend.Hit(h.id(), h.score() == null ? 0 : h.score(), stored));
    }
    return hits;
  }

  static Query toElastic(IndexQuery query) {
    return Query.of(
        q ->
            q.bool(
                b -> {
                  for (IndexQuery.Group g : query.should()) {
                    if (g.alternatives().size() == 1) {
                      b.should(term(g.alternatives().get(0)));
                    } else {
                      b.should(
                          s ->
                              s.disMax(
                                  d ->
                                      d.queries(
                                              g.alternatives().stream()
                                                  .map(ElasticBackend::term)
                                                  .toList())
                                          .tieBreaker((double) g.tieBreaker())));
                    }
                  }
                  for (IndexQuery.Filter f : query.filters()) {
                    switch (f) {
                      case IndexQuery.KeywordIs k ->
                          b.filter(
                              x -> x.term(t -> t.field(k.field()).value(FieldValue.of(k.value()))));
                      case IndexQuery.KeywordIn k ->
                          b.filter(
                              x ->
                                  x.terms(
                                      t ->
                                          t.field(k.field())
                                              .terms(
                                                  v ->
                                                      v.value(
                                                          k.values().stream()
                                                              .map(FieldValue::of)
                                                              .toList()))));
                      case IndexQuery.NumberRange r ->
                          b.filter(
                              x ->
                                  x.range(
                                      rg ->
                                          rg.number(
                                              n ->
                                                  n.field(r.field())
                                                      .gte((double) r.min())
                                                      .lte((double) r.max()))));
                    }
                  }
                  if (!query.excludeIds().isEmpty()) {
                    b.mustNot(m -> m.ids(i -> i.values(query.excludeIds())));
                  }
                  if (!query.should().isEmpty()) {
                    b.minimumShouldMatch("1");
                  }
                  return b;
                }));
  }

  private static Query term(IndexQuery.Clause c) {
    return Query.of(
        q -> q.term(t -> t.field(c.field()).value(FieldValue.of(c.term())).boost(c.boost())));
  }

  private interface Call<T> {
    T run() throws IOException;
  }

  /**
   * Runs a request; the node unreachable (connection refused or timed out) or failing (5xx) is
   * {@code SEARCH_UNAVAILABLE}, a 503 with a Chinese message, never a 500.
   */
  private static <T> T call(Call<T> c) {
    try {
      return c.run();
    } catch (IOException e) {
      throw unavailable(e);
    } catch (ElasticsearchException e) {
      if (e.status() >= 500) {
        throw unavailable(e);
      }
      throw e;
    }
  }

  private static DomainException unavailable(Exception cause) {
    LOG.debug("Elasticsearch request failed", cause);
    return new DomainException(ErrorKind.UNAVAILABLE, "SEARCH_UNAVAILABLE", UNAVAILABLE);
  }

  private static void closeQuietly(RestClient r) {
    try {
      r.close();
    } catch (IOException ignored) {
      // the connection failed already; nothing more to release
    }
  }

  @Override
  public void close() {
    try {
      rest.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
