package gov.hotline.core.city;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reconciliation (对账) of the district's city cases with the city platform's list: every case one
 * side has and the other has not, and every case whose status or deadline differ. A case with
 * updates still waiting in the outbox is not compared by status (the city will hear of them).
 */
public final class CityReconciliation {
  private CityReconciliation() {}

  /**
   * A city case as the district holds it: the ticket, the status the city should show (that of the
   * last update generated, or {@code initialStatus}), the deadline, and whether updates are
   * pending.
   */
  public record Ours(
      String caseNo, String ticketNo, String expectedStatus, Instant deadline, boolean pending) {}

  /** A case as the city's list shows it. */
  public record Theirs(String caseNo, String status, Instant deadline) {}

  /** What differs. */
  public enum Kind {
    MISSING_HERE("市级平台有此工单，本区未受理"),
    MISSING_AT_CITY("本区有此市级工单，市级平台无记录"),
    STATUS_DIFFERS("办理状态不一致"),
    DEADLINE_DIFFERS("办理时限不一致");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One difference, with both sides' values (null where a side has none). */
  public record Difference(
      String caseNo, String ticketNo, Kind kind, String ours, String theirs, String message) {}

  public static List<Difference> compare(List<Ours> ours, List<Theirs> theirs) {
    Map<String, Ours> here = index(ours, Ours::caseNo);
    Map<String, Theirs> there = index(theirs, Theirs::caseNo);
    List<Difference> out = new ArrayList<>();
    for (Ours o : here.values()) {
      Theirs t = there.get(o.caseNo());
      if (t == null) {
        out.add(diff(o.caseNo(), o.ticketNo(), Kind.MISSING_AT_CITY, o.expectedStatus(), null));
        continue;
      }
      if (!o.pending() && !Objects.equals(o.expectedStatus(), t.status())) {
        out.add(
            diff(o.caseNo(), o.ticketNo(), Kind.STATUS_DIFFERS, o.expectedStatus(), t.status()));
      }
      if (!Objects.equals(o.deadline(), t.deadline())) {
        out.add(
            diff(
                o.caseNo(),
                o.ticketNo(),
                Kind.DEADLINE_DIFFERS,
                String.valueOf(o.deadline()),
                String.valueOf(t.deadline())));
      }
    }
    for (Theirs t : there.values()) {
      if (!here.containsKey(t.caseNo())) {
        out.add(diff(t.caseNo(), null, Kind.MISSING_HERE, null, t.status()));
      }
    }
    out.sort(Comparator.comparing(Difference::caseNo).thenComparing(Difference::kind));
    return List.copyOf(out);
  }

  private static Difference diff(String caseNo, String ticketNo, Kind kind, String o, String t) {
    String msg = kind.label() + (o != null || t != null ? "（本区：" + o + "，市级：" + t + "）" : "");
    return new Difference(caseNo, ticketNo, kind, o, t, msg);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.toMap(key, i -> i, (a, b) -> a, TreeMap::new));
  }
}
