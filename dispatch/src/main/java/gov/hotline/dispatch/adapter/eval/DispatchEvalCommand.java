package gov.hotline.dispatch.adapter.eval;

import gov.hotline.dispatch.adapter.json.DirectoryJson;
import gov.hotline.dispatch.domain.DirectoryImporter;
import gov.hotline.dispatch.domain.DirectoryPlan;
import gov.hotline.dispatch.domain.DuplicateRule;
import gov.hotline.dispatch.domain.EntryVectors;
import gov.hotline.dispatch.domain.HotspotRule;
import gov.hotline.dispatch.domain.KeywordLexicon;
import gov.hotline.dispatch.domain.Recommender;
import gov.hotline.dispatch.service.DispatchEvaluation;
import gov.hotline.dispatch.service.EvalAppeal;
import gov.hotline.dispatch.service.EvalReport;
import gov.hotline.embedding.SharedEmbedder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * {@code ./hotline dispatch-eval UNITS.json APPEALS.jsonl [--misses] [--lexical]}: imports the
 * directory as the server would, replays the appeals and prints lead-unit top-1/top-3, category
 * accuracy, street resolution for territorial appeals, duplicate pairs and latency — for the
 * lexical signals alone and with the catalogue's dense vectors added (the server's default), side
 * by side; {@code --lexical} skips the model.
 */
public final class DispatchEvalCommand {
  private DispatchEvalCommand() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println(
          "用法: hotline dispatch-eval UNITS.json APPEALS.jsonl [--misses] [--lexical]");
      System.exit(2);
    }
    DirectoryPlan plan =
        new DirectoryImporter(DirectoryImporter.Roots.DEFAULT, KeywordLexicon.defaults())
            .plan(DirectoryJson.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)));
    List<EvalAppeal> appeals =
        AppealsJsonl.parse(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
    List<String> flags = List.of(args);
    EvalReport lexical = evaluate(new Recommender(plan.directory()), appeals);
    if (flags.contains("--lexical")) {
      print(System.out, args, plan, lexical);
      return;
    }
    EvalReport fused =
        evaluate(
            new Recommender(
                plan.directory(), EntryVectors.of(plan.directory(), SharedEmbedder.get())),
            appeals);
    print(System.out, args, plan, fused);
    System.out.printf("%n  ablation (cold start / with feedback)%n");
    System.out.printf("  %-26s %19s %19s%n", "", "lexical only", "lexical + vectors");
    ablation("lead unit top-1", lexical, fused, EvalReport.Accuracy::leadTop1);
    ablation("lead unit top-3", lexical, fused, EvalReport.Accuracy::leadTop3);
    ablation("category accuracy", lexical, fused, EvalReport.Accuracy::category);
    ablation("street resolution", lexical, fused, EvalReport.Accuracy::street);
    System.out.printf(
        Locale.ROOT,
        "  %-26s %19s %19s%n",
        "latency p99 (ms)",
        String.format(Locale.ROOT, "%.2f", lexical.latency().p99()),
        String.format(Locale.ROOT, "%.2f", fused.latency().p99()));
  }

  private static EvalReport evaluate(Recommender recommender, List<EvalAppeal> appeals) {
    return new DispatchEvaluation(recommender, DuplicateRule.DEFAULT, HotspotRule.DEFAULT)
        .run(appeals);
  }

  private static void ablation(
      String label,
      EvalReport lexical,
      EvalReport fused,
      ToDoubleFunction<EvalReport.Accuracy> figure) {
    System.out.printf(
        Locale.ROOT,
        "  %-26s %9.3f / %.3f %9.3f / %.3f%n",
        label,
        figure.applyAsDouble(lexical.cold()),
        figure.applyAsDouble(lexical.learned()),
        figure.applyAsDouble(fused.cold()),
        figure.applyAsDouble(fused.learned()));
  }

  private static void print(PrintStream out, String[] args, DirectoryPlan plan, EvalReport r) {
    out.printf("派单评测 dispatch-eval%n");
    out.printf(
        "  directory   %s: %d units, %d categories, %d catalogue entries%n",
        args[0], plan.units().size(), plan.categories().size(), plan.entries().size());
    out.printf("  appeals     %s: %d (territorial %d)%n%n", args[1], r.appeals(), r.territorial());
    out.printf("  %-44s %12s %15s%n", "", "cold start", "with feedback");
    row(out, "lead unit top-1", r.cold().leadTop1(), r.learned().leadTop1());
    row(out, "lead unit top-3", r.cold().leadTop3(), r.learned().leadTop3());
    row(
        out,
        "lead top-1 (gold or alternative lead)",
        r.cold().leadTop1WithAlternatives(),
        r.learned().leadTop1WithAlternatives());
    row(
        out,
        "lead top-3 (gold or alternative lead)",
        r.cold().leadTop3WithAlternatives(),
        r.learned().leadTop3WithAlternatives());
    row(out, "category accuracy", r.cold().category(), r.learned().category());
    row(out, "street resolution (territorial appeals)", r.cold().street(), r.learned().street());
    var d = r.duplicates();
    out.printf(
        "%n  duplicate pairs  gold %d, found %d, correct %d  → recall %.3f, precision %.3f"
            + " (found pairs inside one sudden-event cluster: %d)%n",
        d.gold(), d.found(), d.correct(), d.recall(), d.precision(), d.withinClusters());
    out.printf("  hotspots         %d%n", r.hotspots().size());
    r.hotspots().forEach(h -> out.printf("    %s%n", h));
    var l = r.latency();
    out.printf(
        Locale.ROOT,
        "%n  latency (recommendation with history, in-process, %d calls after warm-up)"
            + "  p50 %.3f ms  p99 %.3f ms  max %.3f ms%n",
        l.samples(),
        l.p50(),
        l.p99(),
        l.max());
    out.printf(
        "  targets: top-1 ≥ 0.85 %s, top-3 ≥ 0.95 %s (cold start)%n",
        r.cold().leadTop1() >= 0.85 ? "MET" : "MISSED",
        r.cold().leadTop3() >= 0.95 ? "MET" : "MISSED");
    if (List.of(args).contains("--misses")) {
      out.printf("%n  misses (with feedback):%n");
      r.misses().forEach(m -> out.printf("    %s%n", m));
    }
  }

  private static void row(PrintStream out, String label, double cold, double learned) {
    out.printf(Locale.ROOT, "  %-44s %12.3f %15.3f%n", label, cold, learned);
  }
}
