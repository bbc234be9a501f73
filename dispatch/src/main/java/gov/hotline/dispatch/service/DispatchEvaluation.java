package gov.hotline.dispatch.service;

import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.dispatch.domain.AppealFacts;
import gov.hotline.dispatch.domain.AppealSnapshot;
import gov.hotline.dispatch.domain.BigramIndex;
import gov.hotline.dispatch.domain.Candidate;
import gov.hotline.dispatch.domain.DecisionStats;
import gov.hotline.dispatch.domain.DuplicateRule;
import gov.hotline.dispatch.domain.History;
import gov.hotline.dispatch.domain.HotspotRule;
import gov.hotline.dispatch.domain.PastDecision;
import gov.hotline.dispatch.domain.Recommendation;
import gov.hotline.dispatch.domain.Recommender;
import gov.hotline.dispatch.domain.UnitRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Measures the recommender on an evaluation set: once without history (cold start), then in time
 * order with each gold decision fed back after its appeal (as dispatchers' decisions are in
 * production); duplicate pairs and hotspots are detected in the same pass; latency is timed over
 * repeated rounds with the full history, after warm-up rounds.
 */
public final class DispatchEvaluation {
  private static final int SIMILAR = 5;
  private static final int LATENCY_ROUNDS = 30;

  /**
   * Rounds run before timing, so that the figures are of compiled code, not of the JIT's first
   * minutes.
   */
  private static final int WARM_UP_ROUNDS = 10;

  private final Recommender recommender;
  private final DuplicateRule duplicates;
  private final HotspotRule hotspots;

  public DispatchEvaluation(
      Recommender recommender, DuplicateRule duplicates, HotspotRule hotspots) {
    this.recommender = recommender;
    this.duplicates = duplicates;
    this.hotspots = hotspots;
  }

  public EvalReport run(List<EvalAppeal> input) {
    List<EvalAppeal> appeals = input.stream().sorted(Comparator.comparing(EvalAppeal::at)).toList();
    Tally cold = new Tally();
    for (EvalAppeal a : appeals) {
      cold.count(a, recommender.recommend(facts(a), History.NONE), recommender, null);
    }
    Replay replay = new Replay(appeals);
    replay.run();
    return new EvalReport(
        appeals.size(),
        (int) appeals.stream().filter(a -> a.routing().equals("territorial")).count(),
        cold.accuracy(),
        replay.tally.accuracy(),
        replay.duplicates(),
        replay.hotspotLines,
        latency(appeals, replay),
        replay.tally.misses);
  }

  private static AppealFacts facts(EvalAppeal a) {
    return new AppealFacts(a.text(), a.address(), a.appealType(), null);
  }

  private EvalReport.Latency latency(List<EvalAppeal> appeals, Replay full) {
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      appeals.forEach(a -> recommender.recommend(facts(a), full.history(a)));
    }
    double[] ms = new double[appeals.size() * LATENCY_ROUNDS];
    int i = 0;
    for (int round = 0; round < LATENCY_ROUNDS; round++) {
      for (EvalAppeal a : appeals) {
        long t0 = System.nanoTime();
        recommender.recommend(facts(a), full.history(a));
        ms[i++] = (System.nanoTime() - t0) / 1e6;
      }
    }
    Arrays.sort(ms);
    return new EvalReport.Latency(
        ms.length,
        ms[(int) Math.ceil(ms.length * 0.5) - 1],
        ms[(int) Math.ceil(ms.length * 0.99) - 1],
        ms[ms.length - 1]);
  }

  /**
   * The appeals in time order, each recommended with the history before it, then decided as gold
   * says.
   */
  private final class Replay {
    private final List<EvalAppeal> appeals;
    private final BigramIndex index = new BigramIndex(100_000);
    private final Map<Long, EvalAppeal> byNumber = new HashMap<>();
    private final Map<Long, UnitRef> refs = new HashMap<>();
    private final Map<Long, AppealSnapshot> snapshots = new HashMap<>();
    private final Map<CategoryId, Map<UnitRef, Integer>> counts = new HashMap<>();
    private final Tally tally = new Tally();
    private final List<String[]> foundPairs = new ArrayList<>();
    private final List<String> hotspotLines = new ArrayList<>();
    private final Map<String, List<String>> open = new LinkedHashMap<>();

    Replay(List<EvalAppeal> appeals) {
      this.appeals = appeals;
    }

    void run() {
      long n = 0;
      for (EvalAppeal a : appeals) {
        n++;
        Recommendation r = recommender.recommend(facts(a), history(a));
        tally.count(a, r, recommender, a.id());
        AppealSnapshot snap =
            new AppealSnapshot(n, a.id(), a.at(), null, r.jurisdiction(), a.category());
        detect(a, snap);
        byNumber.put(n, a);
        snapshots.put(n, snap);
        UnitRef ref = recommender.refFor(a.lead(), facts(a));
        refs.put(n, ref);
        counts.computeIfAbsent(a.category(), k -> new HashMap<>()).merge(ref, 1, Integer::sum);
        index.add(n, a.text());
      }
    }

    History history(EvalAppeal a) {
      List<PastDecision> similar = new ArrayList<>();
      for (BigramIndex.Hit h : index.similar(a.text(), -1, SIMILAR, Recommender.SIMILAR_MIN)) {
        EvalAppeal past = byNumber.get(h.id());
        if (past != a && past.at().isBefore(a.at())) {
          similar.add(
              new PastDecision(
                  h.id(), past.id(), h.score(), past.category(), past.lead(), refs.get(h.id())));
        }
      }
      return new History(similar, new DecisionStats(counts));
    }

    private void detect(EvalAppeal a, AppealSnapshot snap) {
      List<HotspotRule.Neighbour> neighbours = new ArrayList<>();
      String bestDup = null;
      double bestSim = 0;
      for (BigramIndex.Hit h : index.similar(a.text(), -1, 50, 0.0)) {
        AppealSnapshot other = snapshots.get(h.id());
        neighbours.add(new HotspotRule.Neighbour(other, h.score()));
        if (h.score() > bestSim && duplicates.judge(snap, other, h.score()).isPresent()) {
          bestDup = other.ticketNo();
          bestSim = h.score();
        }
      }
      List<AppealSnapshot> cluster = hotspots.cluster(snap, neighbours);
      if (bestDup != null
          && cluster.isEmpty()) { // a member of a hotspot is reported there, not as a pair
        foundPairs.add(new String[] {a.id(), bestDup});
      }
      if (!cluster.isEmpty()) {
        String key = HotspotRule.scope(snap) + "/" + a.category();
        List<String> members = open.computeIfAbsent(key, k -> new ArrayList<>());
        cluster.forEach(
            c -> {
              if (!members.contains(c.ticketNo())) {
                members.add(c.ticketNo());
              }
            });
        members.add(a.id());
      }
    }

    EvalReport.Duplicates duplicates() {
      Map<String, EvalAppeal> byId = new HashMap<>();
      appeals.forEach(a -> byId.put(a.id(), a));
      int gold = (int) appeals.stream().filter(a -> a.dupOf() != null).count();
      int correct = 0;
      int inCluster = 0;
      for (String[] p : foundPairs) {
        if (p[1].equals(byId.get(p[0]).dupOf())) {
          correct++;
        }
        String c = byId.get(p[0]).cluster();
        if (c != null && c.equals(byId.get(p[1]).cluster())) {
          inCluster++;
        }
      }
      open.forEach(
          (k, members) ->
              hotspotLines.add(k + "：" + String.join(",", members) + clusterNote(members, byId)));
      return new EvalReport.Duplicates(gold, foundPairs.size(), correct, inCluster);
    }

    private String clusterNote(List<String> members, Map<String, EvalAppeal> byId) {
      Map<String, Long> gold = new HashMap<>();
      members.forEach(
          m -> {
            String c = byId.get(m).cluster();
            if (c != null) {
              gold.merge(c, 1L, Long::sum);
            }
          });
      return gold.isEmpty() ? "（不属于任何标注聚集）" : "（标注聚集 " + gold + "）";
    }
  }

  /** Counts hits of one pass. */
  private static final class Tally {
    private int n;
    private int top1;
    private int top3;
    private int top1Alt;
    private int top3Alt;
    private int category;
    private int territorial;
    private int street;
    private final List<String> misses = new ArrayList<>();

    void count(EvalAppeal a, Recommendation r, Recommender rec, String label) {
      n++;
      List<UnitId> leads = r.leads().stream().map(Candidate::unitId).toList();
      Set<UnitId> ok = new HashSet<>(a.alternatives());
      ok.add(a.lead());
      top1 += !leads.isEmpty() && leads.get(0).equals(a.lead()) ? 1 : 0;
      top3 += leads.stream().limit(3).anyMatch(a.lead()::equals) ? 1 : 0;
      top1Alt += !leads.isEmpty() && ok.contains(leads.get(0)) ? 1 : 0;
      top3Alt += leads.stream().limit(3).anyMatch(ok::contains) ? 1 : 0;
      category += r.category().id().equals(a.category()) ? 1 : 0;
      if (a.routing().equals("territorial")) {
        territorial++;
        street += Objects.equals(r.jurisdiction().streetId(), a.lead()) ? 1 : 0;
      }
      if (label != null && (leads.isEmpty() || !leads.get(0).equals(a.lead()))) {
        misses.add(
            label
                + " ["
                + a.routing()
                + " "
                + a.category()
                + "→"
                + a.lead()
                + "] 推荐 "
                + r.category().id()
                + " "
                + leads.stream().limit(3).map(UnitId::value).toList()
                + " 属地 "
                + r.jurisdiction().status()
                + " "
                + r.jurisdiction().streetId());
      }
    }

    EvalReport.Accuracy accuracy() {
      return new EvalReport.Accuracy(
          share(top1),
          share(top3),
          share(top1Alt),
          share(top3Alt),
          share(category),
          territorial == 0 ? 1 : (double) street / territorial);
    }

    private double share(int k) {
      return n == 0 ? 0 : (double) k / n;
    }
  }
}
