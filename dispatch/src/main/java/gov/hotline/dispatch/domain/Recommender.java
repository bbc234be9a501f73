package gov.hotline.dispatch.domain;

import gov.hotline.core.category.Category;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import gov.hotline.core.ticket.AppealType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The dispatch recommendation (派单推荐): jurisdiction first (the address decides the street or town
 * for 属地 entries), then topic (catalogue entries scored by keywords decide the category and the
 * bureau or enterprise), then history (similar decided tickets, and how dispatchers decided per
 * category). Pure and thread-safe; one instance per directory snapshot.
 */
public final class Recommender {
  private static final int MAX_LEADS = 5;

  /** Similar tickets below this cosine similarity say nothing. */
  public static final double SIMILAR_MIN = 0.25;

  private static final double MIN_CATEGORY = 0.01;
  private static final double MENTION = 0.06;

  /** A praise (表扬) goes to the unit it praises. */
  private static final double PRAISED = 1.0;

  private final DispatchDirectory dir;
  private final Gazetteer gazetteer;
  private final CatalogueMatcher matcher;
  private final UnitResolver resolver;
  private final HistoryWeighing history;
  private final Map<String, UnitId> mentions = new LinkedHashMap<>();
  private final EntryVectors vectors;

  /** Lexical signals only: catalogue keywords, the gazetteer and history. */
  public Recommender(DispatchDirectory dir) {
    this(dir, null);
  }

  /** With the catalogue's dense vectors as one more signal ({@code vectors} null: lexical only). */
  public Recommender(DispatchDirectory dir, EntryVectors vectors) {
    this.dir = dir;
    this.vectors = vectors;
    this.gazetteer = Gazetteer.of(dir);
    this.matcher = new CatalogueMatcher(dir.catalogue());
    this.resolver = new UnitResolver(dir);
    this.history = new HistoryWeighing(dir, resolver);
    for (OrgUnit u : dir.org().all()) {
      if (u.active()
          && !DispatchDirectory.isTerritorial(u)
          && dir.profile(u.id()).places().isEmpty()) {
        u.aliases().stream()
            .map(ChineseText::normalize)
            .filter(a -> a.length() >= 2)
            .forEach(a -> mentions.putIfAbsent(a, u.id()));
      }
    }
  }

  public DispatchDirectory directory() {
    return dir;
  }

  public Jurisdiction locate(String address, String text) {
    return gazetteer.resolve(address, text);
  }

  public Recommendation recommend(AppealFacts facts, History past) {
    String content = ChineseText.content(facts.text());
    Jurisdiction where = gazetteer.resolve(facts.address(), facts.text());
    List<EntryMatch> matches =
        matcher.match(
            gazetteer.mask(content),
            gazetteer.mask(ChineseText.normalize(facts.address())),
            Scene.ofAddress(where),
            null,
            vectors == null ? null : vectors.standOut(vectors.query(content)));
    Map<CategoryId, Double> categories = history.categories(matches, past, facts.categoryId());
    UnitScores catalogue = new UnitScores();
    categories.forEach(
        (c, p) -> {
          if (p >= MIN_CATEGORY) {
            catalogue.addAll(byCatalogue(c, matches, where, content, past.stats()).scaled(p));
          }
        });
    UnitScores scores = history.mix(catalogue, past, where, content);
    mentions.forEach(
        (alias, unit) -> {
          if (content.contains(alias)) {
            scores.add(unit, MENTION, "诉求中提到“" + alias + "”");
          }
        });
    if (facts.appealType() == AppealType.PRAISE) {
      praised(content).forEach(u -> scores.add(u, PRAISED, "表扬对象：" + dir.unitName(u)));
    }
    List<Candidate> candidates = new ArrayList<>();
    for (UnitScores.Scored s : scores.ranked(MAX_LEADS)) {
      candidates.add(
          new Candidate(
              s.unitId(),
              dir.unitName(s.unitId()),
              CandidateRole.LEAD,
              round(s.score()),
              s.reasons()));
    }
    if (!candidates.isEmpty()) {
      candidates.addAll(assists(candidates.get(0), matches, where, content));
    }
    return new Recommendation(guess(categories, matches, facts.categoryId()), candidates, where);
  }

  /** Units named in full in the content (甘家口街道, 区城管执法局 …). */
  private List<UnitId> praised(String content) {
    List<UnitId> out = new ArrayList<>();
    for (OrgUnit u : dir.org().all()) {
      boolean named =
          u.active()
              && u.type() != UnitType.CITY
              && Stream.concat(Stream.of(u.name()), u.aliases().stream())
                  .map(ChineseText::normalize)
                  .anyMatch(n -> n.length() >= 3 && content.contains(n));
      if (named && !out.contains(u.id())) {
        out.add(u.id());
      }
    }
    return out;
  }

  /**
   * Units for category {@code c}: its entries by probability, mixed with how dispatchers decided
   * for it.
   */
  private UnitScores byCatalogue(
      CategoryId c,
      List<EntryMatch> matches,
      Jurisdiction where,
      String content,
      DecisionStats stats) {
    UnitScores out = new UnitScores();
    double mass =
        matches.stream()
            .filter(m -> m.entry().categoryId().equals(c))
            .mapToDouble(EntryMatch::probability)
            .sum();
    for (EntryMatch m : matches) {
      if (m.entry().categoryId().equals(c) && mass > 0) {
        double p = m.probability() / mass;
        for (ResolvedUnit r : resolver.resolve(m.entry().lead(), where, content)) {
          out.add(r.unitId(), p * r.share(), entryReason(m, r));
        }
      }
    }
    return history.withDecisions(out, c, stats, where, content);
  }

  private String entryReason(EntryMatch m, ResolvedUnit r) {
    CatalogueEntry e = m.entry();
    String cat = dir.category(e.categoryId()).map(Category::name).orElse(e.categoryId().value());
    String words = evidence(m, 5);
    String lead = e.lead().isPlaceholder() ? refLabel(e.lead()) : dir.unitName(e.lead().unitId());
    return "派单目录："
        + cat
        + "「"
        + e.condition()
        + "」由"
        + lead
        + "主办"
        + words
        + (r.how().isEmpty() ? "" : "；" + r.how());
  }

  String refLabel(UnitRef ref) {
    return switch (ref.value().toLowerCase(Locale.ROOT)) {
      case "@territory" -> "属地街镇";
      case "@district" -> "区级（兜底）";
      case "@heat" -> "供热企业";
      case "@telecom" -> "通信运营商";
      default -> ref.isPlaceholder() ? ref.value() : dir.unitName(ref.unitId());
    };
  }

  private List<Candidate> assists(
      Candidate lead, List<EntryMatch> matches, Jurisdiction where, String content) {
    for (EntryMatch m : matches) {
      boolean leads =
          resolver.resolve(m.entry().lead(), where, content).stream()
              .anyMatch(r -> r.unitId().equals(lead.unitId()));
      if (leads) {
        List<Candidate> out = new ArrayList<>();
        for (UnitRef a : m.entry().assists()) {
          for (ResolvedUnit r : resolver.resolve(a, where, content)) {
            boolean seen =
                r.unitId().equals(lead.unitId())
                    || out.stream().anyMatch(c -> c.unitId().equals(r.unitId()));
            if (!seen) {
              out.add(
                  new Candidate(
                      r.unitId(),
                      dir.unitName(r.unitId()),
                      CandidateRole.ASSIST,
                      round(lead.score() * r.share()),
                      List.of(
                          "派单目录：「"
                              + m.entry().condition()
                              + "」由"
                              + refLabel(a)
                              + "协办"
                              + (r.how().isEmpty() ? "" : "；" + r.how()))));
            }
          }
        }
        return out;
      }
    }
    return List.of();
  }

  private CategoryGuess guess(
      Map<CategoryId, Double> categories, List<EntryMatch> matches, CategoryId given) {
    var best = categories.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    CategoryId id = best.getKey();
    String name = dir.category(id).map(Category::name).orElse(id.value());
    List<String> reasons = new ArrayList<>();
    if (id.equals(given)) {
      reasons.add("受理时已选定该分类");
    }
    matches.stream()
        .filter(m -> m.entry().categoryId().equals(id) && !m.matchedWords().isEmpty())
        .findFirst()
        .ifPresent(m -> reasons.add(evidence(m, 6).substring(1)));
    return new CategoryGuess(id, name, round(best.getValue()), reasons);
  }

  /**
   * The catalogue reference a dispatcher's choice stood for in this appeal: {@code @territory} when
   * the unit is the appeal's own street, a service placeholder when it is the enterprise that
   * placeholder gives, else the unit.
   */
  public UnitRef refFor(UnitId chosen, AppealFacts facts) {
    String content = ChineseText.content(facts.text());
    Jurisdiction where = gazetteer.resolve(facts.address(), facts.text());
    if (where.isResolved() && chosen.equals(where.streetId())) {
      return UnitRef.TERRITORY;
    }
    return dir.catalogue().entries().stream()
        .map(CatalogueEntry::lead)
        .filter(r -> r.isPlaceholder() && !r.equals(UnitRef.TERRITORY))
        .distinct()
        .filter(
            r ->
                resolver.resolve(r, where, content).stream()
                    .anyMatch(u -> u.unitId().equals(chosen)))
        .findFirst()
        .orElse(UnitRef.of(chosen));
  }

  /** "，匹配关键词：…" and/or "，与诉求语义相近" for an entry's evidence; empty without any. */
  private static String evidence(EntryMatch m, int words) {
    List<String> lexical =
        m.matchedWords().stream()
            .filter(w -> !w.equals(CatalogueMatcher.SEMANTIC_REASON))
            .limit(words)
            .toList();
    return (lexical.isEmpty() ? "" : "，匹配关键词：" + String.join("、", lexical))
        + (m.matchedWords().contains(CatalogueMatcher.SEMANTIC_REASON) ? "，与诉求语义相近" : "");
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
