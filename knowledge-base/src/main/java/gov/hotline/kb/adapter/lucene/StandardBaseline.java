package gov.hotline.kb.adapter.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The evaluation baseline: plain Lucene with StandardAnalyzer (one token per CJK character) over
 * title, keywords and body, the query parsed as OR of its terms across the three fields.
 */
public final class StandardBaseline implements AutoCloseable {
  private static final String[] FIELDS = {"title", "keywords", "body"};
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final StandardAnalyzer analyzer = new StandardAnalyzer();
  private IndexSearcher searcher;
  private DirectoryReader reader;

  /** An article of the baseline index. */
  public record Doc(String code, String title, String keywords, String body) {}

  public StandardBaseline(List<Doc> docs) {
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Doc d : docs) {
        Document doc = new Document();
        doc.add(new StringField("code", d.code(), Field.Store.YES));
        doc.add(new TextField("title", d.title(), Field.Store.NO));
        doc.add(new TextField("keywords", d.keywords(), Field.Store.NO));
        doc.add(new TextField("body", d.body(), Field.Store.NO));
        w.addDocument(doc);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      reader = DirectoryReader.open(dir);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Codes of the best {@code limit} articles. */
  public List<String> search(String q, int limit) {
    try {
      MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer);
      parser.setDefaultOperator(QueryParser.Operator.OR);
      var query = parser.parse(QueryParser.escape(q));
      List<String> out = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
        out.add(searcher.storedFields().document(sd.doc).get("code"));
      }
      return out;
    } catch (ParseException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
    dir.close();
  }
}
