package gov.hotline.kb.adapter.search;

import gov.hotline.kb.domain.QueryRewriter;
import gov.hotline.kb.domain.SynonymDictionary;
import gov.hotline.kb.domain.TextNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The application's Chinese analysis, shared by both engines so that they rank alike: smartcn
 * words, character bigrams (and single characters) as a fallback for what segmentation misses,
 * toneless pinyin syllable pairs for homophone typos (社宝 → 社保), pinyin initials of words (gjj →
 * 公积金), and the concepts of the synonym dictionary. Thread-safe.
 */
public final class HotlineAnalyzer {
  private final Analyzer smartcn = new SmartChineseAnalyzer(true);
  private volatile SynonymDictionary dictionary;

  public HotlineAnalyzer(SynonymDictionary dictionary) {
    this.dictionary = dictionary;
  }

  public SynonymDictionary dictionary() {
    return dictionary;
  }

  public void dictionary(SynonymDictionary d) {
    this.dictionary = d;
  }

  /** The analysed forms of one text. */
  public record Analysis(
      List<String> words,
      List<String> bigrams,
      List<String> chars,
      List<String> pinyin,
      List<String> initials,
      List<String> concepts) {}

  /**
   * A query broken into located pieces: words, character pairs (with their sound), and synonym
   * concepts.
   */
  public record QueryPieces(
      String text,
      List<QueryRewriter.Word> words,
      List<Pair> pairs,
      List<SynonymDictionary.Occurrence> concepts) {}

  /** A character pair (or a lone character) at {@code start}, with its toneless pinyin. */
  public record Pair(String text, String pinyin, int start) {
    public int end() {
      return start + text.length();
    }
  }

  /**
   * Analyses a query keeping where each piece sits, so that pieces of one span can be scored
   * together.
   */
  public QueryPieces queryPieces(String query, boolean rewrite) {
    String n = TextNormalizer.normalize(query);
    if (rewrite) {
      n = QueryRewriter.rewrite(n, dictionary, this::segment);
    }
    List<Pair> pairs = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= n.length(); i++) {
      boolean cjk = i < n.length() && TextNormalizer.isCjk(n.charAt(i));
      if (cjk && start < 0) {
        start = i;
      } else if (!cjk && start >= 0) {
        if (i - start == 1) {
          pairs.add(new Pair(n.substring(start, i), Pinyin.of(n.charAt(start)), start));
        }
        for (int k = start; k + 1 < i; k++) {
          pairs.add(
              new Pair(
                  n.substring(k, k + 2),
                  Pinyin.of(n.charAt(k)) + "_" + Pinyin.of(n.charAt(k + 1)),
                  k));
        }
        start = -1;
      }
    }
    return new QueryPieces(n, segment(n), pairs, dictionary.find(n));
  }

  /** Analyses document text (no rewriting). */
  public Analysis analyze(String text) {
    return analyzeNormalized(TextNormalizer.normalize(text));
  }

  /**
   * Analyses a query: normalised, and rewritten from colloquial phrasing when {@code rewrite} is
   * on.
   */
  public Analysis analyzeQuery(String query, boolean rewrite) {
    String n = TextNormalizer.normalize(query);
    if (rewrite) {
      n = QueryRewriter.rewrite(n, dictionary, this::segment);
    }
    return analyzeNormalized(n);
  }

  private Analysis analyzeNormalized(String n) {
    List<String> words = new ArrayList<>();
    List<String> initials = new ArrayList<>();
    List<QueryRewriter.Word> segmented = segment(n);
    for (int i = 0; i < segmented.size(); i++) {
      QueryRewriter.Word w = segmented.get(i);
      words.add(w.text());
      String cjk = n.substring(w.start(), w.end());
      if (cjk.length() >= 2 && cjk.length() <= 5 && cjk.chars().allMatch(TextNormalizer::isCjk)) {
        initials.add(Pinyin.initials(cjk));
      } else if (cjk.chars().allMatch(TextNormalizer::isLatinOrDigit)
          && cjk.length() >= 2
          && cjk.length() <= 6) {
        initials.add(cjk);
      }
      // initials of a compound the segmenter split (社保|卡 → sbk, 住房|公积金 → zfgjj)
      int end = w.end();
      for (int j = i + 1; j < segmented.size() && j <= i + 2; j++) {
        QueryRewriter.Word next = segmented.get(j);
        if (next.start() != end) {
          break;
        }
        end = next.end();
        String compound = n.substring(w.start(), end);
        if (compound.length() > 5 || !compound.chars().allMatch(TextNormalizer::isCjk)) {
          break;
        }
        initials.add(Pinyin.initials(compound));
      }
    }
    List<String> bigrams = new ArrayList<>();
    List<String> chars = new ArrayList<>();
    List<String> pinyin = new ArrayList<>();
    for (String run : cjkRuns(n)) {
      if (run.length() == 1) {
        bigrams.add(run);
      }
      for (int i = 0; i < run.length(); i++) {
        chars.add(run.substring(i, i + 1));
        if (i + 1 < run.length()) {
          bigrams.add(run.substring(i, i + 2));
          pinyin.add(Pinyin.of(run.charAt(i)) + "_" + Pinyin.of(run.charAt(i + 1)));
        }
      }
      if (run.length() == 1) {
        pinyin.add(Pinyin.of(run.charAt(0)));
      }
    }
    Set<String> concepts = new LinkedHashSet<>();
    dictionary.find(n).forEach(o -> concepts.add(o.concept()));
    return new Analysis(words, bigrams, chars, pinyin, initials, List.copyOf(concepts));
  }

  /** smartcn words of a normalised text, punctuation dropped, with offsets. */
  public List<QueryRewriter.Word> segment(String text) {
    List<QueryRewriter.Word> out = new ArrayList<>();
    try (TokenStream ts = smartcn.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (!t.isBlank() && off.endOffset() <= text.length()) {
          out.add(new QueryRewriter.Word(t, off.startOffset(), off.endOffset()));
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Maximal runs of CJK characters. */
  static List<String> cjkRuns(String n) {
    List<String> runs = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= n.length(); i++) {
      boolean cjk = i < n.length() && TextNormalizer.isCjk(n.charAt(i));
      if (cjk && start < 0) {
        start = i;
      } else if (!cjk && start >= 0) {
        runs.add(n.substring(start, i));
        start = -1;
      }
    }
    return runs;
  }
}
