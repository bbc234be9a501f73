package gov.hotline.dispatch.domain;

import gov.hotline.core.id.UnitId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Early warning of clustered sudden problems (集中突发问题预警): at least {@code minTickets} related
 * appeals from the same community (or, where no community is known, the same street) within {@code
 * window}. Appeals are related when they have the same category or similar texts.
 */
public record HotspotRule(Duration window, int minTickets, double minSimilarity) {
  public static final HotspotRule DEFAULT = new HotspotRule(Duration.ofHours(6), 3, 0.35);

  /** An appeal that came before, with its text similarity to the newcomer. */
  public record Neighbour(AppealSnapshot appeal, double similarity) {}

  /**
   * The community, else the street, an appeal is counted in; null when its address was not placed.
   */
  public static UnitId scope(AppealSnapshot a) {
    if (a.where().status() != ResolutionStatus.RESOLVED) {
      return null;
    }
    return a.where().communityId() != null ? a.where().communityId() : a.where().streetId();
  }

  public boolean related(AppealSnapshot newcomer, Neighbour n) {
    AppealSnapshot other = n.appeal();
    UnitId scope = scope(newcomer);
    boolean inWindow =
        !other.at().isAfter(newcomer.at())
            && Duration.between(other.at(), newcomer.at()).compareTo(window) <= 0;
    return inWindow
        && scope != null
        && scope.equals(scope(other))
        && (Objects.equals(newcomer.categoryId(), other.categoryId())
            || n.similarity() >= minSimilarity);
  }

  /** The related earlier appeals when, with the newcomer, they reach the threshold; else empty. */
  public List<AppealSnapshot> cluster(AppealSnapshot newcomer, List<Neighbour> earlier) {
    List<AppealSnapshot> out = new ArrayList<>();
    for (Neighbour n : earlier) {
      if (related(newcomer, n)) {
        out.add(n.appeal());
      }
    }
    return out.size() + 1 >= minTickets ? out : List.of();
  }
}
