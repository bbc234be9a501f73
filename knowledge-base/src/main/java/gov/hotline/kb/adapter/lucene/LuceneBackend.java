package gov.hotline.kb.adapter.lucene;

import gov.hotline.kb.adapter.search.IndexBackend;
import gov.hotline.kb.adapter.search.IndexDocument;
import gov.hotline.kb.adapter.search.IndexQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded engine: one Lucene index per logical index under a directory (or in memory),
 * searched near real time — every write refreshes the searcher before it returns, so an edit is
 * visible to the next search.
 */
public final class LuceneBackend implements IndexBackend {
  private static final String ID = "_id";

  private final Path root;
  private final Map<String, Store> stores = new ConcurrentHashMap<>();

  private LuceneBackend(Path root) {
    this.root = root;
  }

  /** Indexes on disk under {@code root} (one sub-directory per index). */
  public static LuceneBackend onDisk(Path root) {
    return new LuceneBackend(root);
  }

  /** Indexes in memory (evaluation, tests, benchmarks). */
  public static LuceneBackend inMemory() {
    return new LuceneBackend(null);
  }

  @Override
  public String name() {
    return "lucene";
  }

  private record Store(Directory dir, IndexWriter writer, SearcherManager searchers) {}

  private Store store(String index) {
    return stores.computeIfAbsent(
        index,
        name -> {
          try {
            Directory dir =
                root == null ? new ByteBuffersDirectory() : FSDirectory.open(root.resolve(name));
            IndexWriterConfig cfg = new IndexWriterConfig(new WhitespaceAnalyzer());
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            cfg.setRAMBufferSizeMB(64);
            IndexWriter writer = new IndexWriter(dir, cfg);
            return new Store(dir, writer, new SearcherManager(writer, null));
          } catch (LockObtainFailedException e) {
            throw new IllegalStateException(
                "内置索引目录正被另一个进程使用（"
                    + root.resolve(name)
                    + "）：请先停止服务，或在服务运行时调用 POST /api/v1/kb/reindex",
                e);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot open Lucene index " + name, e);
          }
        });
  }

  @Override
  public void upsert(String index, List<IndexDocument> docs) {
    Store s = store(index);
    try {
      for (IndexDocument d : docs) {
        s.writer().updateDocument(new Term(ID, d.id()), toLucene(d));
      }
      s.writer().commit();
      s.searchers().maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document toLucene(IndexDocument d) {
    Document doc = new Document();
    doc.add(new StringField(ID, d.id(), Field.Store.YES));
    d.tokens()
        .forEach(
            (f, tokens) -> doc.add(new TextField(f, String.join(" ", tokens), Field.Store.NO)));
    d.keywords().forEach((f, v) -> doc.add(new StringField(f, v, Field.Store.NO)));
    // points and doc values: a range that matches nearly everything (validity) is then checked per
    // candidate
    d.numbers().forEach((f, v) -> doc.add(new LongField(f, v, Field.Store.NO)));
    d.stored().forEach((f, v) -> doc.add(new StoredField(f, v)));
    d.vectors()
        .forEach(
            (f, v) -> doc.add(new KnnFloatVectorField(f, v, VectorSimilarityFunction.DOT_PRODUCT)));
    return doc;
  }

  @Override
  public void delete(String index, String id) {
    Store s = store(index);
    try {
      s.writer().deleteDocuments(new Term(ID, id));
      s.writer().commit();
      s.searchers().maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void deleteAll(String index, List<String> ids) {
    Store s = store(index);
    try {
      for (String id : ids) {
        s.writer().deleteDocuments(new Term(ID, id));
      }
      s.writer().commit();
      s.searchers().maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void deleteAll(String index) {
    Store s = store(index);
    try {
      s.writer().deleteAll();
      s.writer().commit();
      s.searchers().maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long count(String index) {
    return withSearcher(index, searcher -> (long) searcher.count(MatchAllDocsQuery.INSTANCE));
  }

  @Override
  public List<Hit> search(String index, IndexQuery query) {
    Query q = toLucene(query);
    return withSearcher(
        index,
        searcher -> {
          // no total hit count is needed: let dynamic pruning skip non-competitive documents from
          // the first hits on
          TopDocs top =
              searcher.search(
                  q, new TopScoreDocCollectorManager(query.limit(), null, query.limit()));
          return hits(searcher, top);
        });
  }

  @Override
  public List<Hit> nearest(
      String index, String field, float[] vector, int k, List<IndexQuery.Filter> filters) {
    Query filter = null;
    if (!filters.isEmpty()) {
      filter = toLucene(new IndexQuery(List.of(), filters, List.of(), k));
    }
    Query q = new KnnFloatVectorQuery(field, vector, k, filter);
    return withSearcher(index, searcher -> hits(searcher, searcher.search(q, k)));
  }

  private static List<Hit> hits(IndexSearcher searcher, TopDocs top) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      Map<String, String> values = new HashMap<>();
      String id = null;
      for (IndexableField f : stored.document(sd.doc)) {
        if (ID.equals(f.name())) {
          id = f.stringValue();
        } else {
          values.put(f.name(), f.stringValue());
        }
      }
      hits.add(new Hit(id, sd.score, values));
    }
    return hits;
  }

  static Query toLucene(IndexQuery query) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (IndexQuery.Group g : query.should()) {
      List<Query> alternatives = new ArrayList<>(g.alternatives().size());
      for (IndexQuery.Clause c : g.alternatives()) {
        alternatives.add(new BoostQuery(new TermQuery(new Term(c.field(), c.term())), c.boost()));
      }
      b.add(
          alternatives.size() == 1
              ? alternatives.get(0)
              : new DisjunctionMaxQuery(alternatives, g.tieBreaker()),
          Occur.SHOULD);
    }
    for (IndexQuery.Filter f : query.filters()) {
      Query fq =
          switch (f) {
            case IndexQuery.KeywordIs k -> new TermQuery(new Term(k.field(), k.value()));
            case IndexQuery.KeywordIn k ->
                new TermInSetQuery(k.field(), k.values().stream().map(BytesRef::new).toList());
            case IndexQuery.NumberRange r -> LongField.newRangeQuery(r.field(), r.min(), r.max());
          };
      b.add(fq, Occur.FILTER);
    }
    for (String id : query.excludeIds()) {
      b.add(new TermQuery(new Term(ID, id)), Occur.MUST_NOT);
    }
    if (!query.should().isEmpty()) {
      b.setMinimumNumberShouldMatch(1);
    }
    return b.build();
  }

  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(String index, SearcherWork<T> work) {
    SearcherManager m = store(index).searchers();
    try {
      IndexSearcher searcher = m.acquire();
      try {
        return work.run(searcher);
      } finally {
        m.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    for (Store s : stores.values()) {
      try {
        s.searchers().close();
        s.writer().close();
        s.dir().close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    stores.clear();
  }
}
