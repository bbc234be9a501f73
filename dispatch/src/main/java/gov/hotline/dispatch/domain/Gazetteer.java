package gov.hotline.dispatch.domain;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The address → street/town index (地名库): street and town names and their short forms, and the
 * places of each gazetteer (compounds, communities, villages, roads, landmarks), with how strongly
 * each pins down the street. An address is matched longest-name-first, names inside a longer match
 * are ignored, and the evidence per street is combined; the content is searched only when the
 * address names nothing.
 */
public final class Gazetteer {
  private static final List<String> BEIJING_DISTRICTS =
      List.of(
          "东城区", "西城区", "朝阳区", "丰台区", "石景山区", "海淀区", "门头沟区", "房山区", "通州区", "顺义区", "昌平区", "大兴区",
          "怀柔区", "平谷区", "密云区", "延庆区", "天津市", "河北省");
  private static final double STREET_NAME = 0.95;
  private static final double SHORT_NAME = 0.7;
  private static final double FROM_CONTENT = 0.8;
  private static final double AMBIGUOUS_RATIO = 0.85;

  /**
   * One name in the index: the street it points to, a community where it names one, and its weight.
   */
  record Name(String text, UnitId street, UnitId community, double weight, String kind) {}

  private record Hit(Name name, int start, int end) {}

  private final String district;
  private final List<Name> names;
  private final Map<UnitId, String> streetNames = new LinkedHashMap<>();

  private Gazetteer(String district, List<Name> names) {
    this.district = district;
    this.names = names;
  }

  public static Gazetteer of(DispatchDirectory dir) {
    List<Name> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (OrgUnit street : dir.territorialUnits()) {
      addStreetNames(names, seen, street);
      addPlaces(names, seen, dir, street);
    }
    names.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed());
    Gazetteer g = new Gazetteer(ChineseText.normalize(dir.district()), List.copyOf(names));
    dir.territorialUnits().forEach(u -> g.streetNames.put(u.id(), u.name()));
    return g;
  }

  private static void addStreetNames(List<Name> names, Set<String> seen, OrgUnit street) {
    add(names, seen, street.name(), street.id(), null, STREET_NAME, "街镇");
    for (String alias : street.aliases()) {
      boolean full =
          alias.endsWith("街道")
              || alias.endsWith("镇")
              || alias.endsWith("地区")
              || alias.endsWith("乡");
      add(
          names,
          seen,
          alias,
          street.id(),
          null,
          full ? STREET_NAME : SHORT_NAME,
          full ? "街镇" : "街镇简称");
    }
    String base = street.name().replaceFirst("(街道办事处|街道|地区|镇|乡)$", "");
    add(names, seen, base, street.id(), null, SHORT_NAME, "街镇简称");
  }

  private static void addPlaces(
      List<Name> names, Set<String> seen, DispatchDirectory dir, OrgUnit street) {
    Map<String, UnitId> communities = new LinkedHashMap<>();
    dir.org().all().stream()
        .filter(
            u ->
                street.id().equals(u.parentId())
                    && u.active()
                    && (u.type() == UnitType.COMMUNITY || u.type() == UnitType.VILLAGE))
        .forEach(u -> communities.put(u.name(), u.id()));
    for (Place p : dir.profile(street.id()).places()) {
      UnitId community = communities.remove(p.name());
      add(names, seen, p.name(), street.id(), community, p.kind().weight(), p.kind().label());
      String shortName = p.name().replaceFirst("(小区|社区|村)$", "");
      if (shortName.length() >= 2) {
        add(
            names,
            seen,
            shortName,
            street.id(),
            community,
            p.kind().weight() * 0.95,
            p.kind().label());
      }
    }
    communities.forEach(
        (name, id) -> add(names, seen, name, street.id(), id, PlaceKind.COMMUNITY.weight(), "社区"));
  }

  private static void add(
      List<Name> names,
      Set<String> seen,
      String text,
      UnitId street,
      UnitId community,
      double weight,
      String kind) {
    String n = ChineseText.normalize(text);
    if (n.length() >= 2 && seen.add(n + "|" + street.value())) {
      names.add(new Name(n, street, community, weight, kind));
    }
  }

  /**
   * Places {@code address} (falling back on {@code content}) in a street or town of the district.
   */
  public Jurisdiction resolve(String address, String content) {
    String a = ChineseText.normalize(address);
    List<String> otherDistricts =
        BEIJING_DISTRICTS.stream().filter(d -> !d.equals(district) && a.contains(d)).toList();
    List<Hit> hits = find(strip(a));
    double factor = 1.0;
    if (hits.isEmpty()) {
      if (!otherDistricts.isEmpty() && !a.contains(district)) {
        return new Jurisdiction(
            ResolutionStatus.OUTSIDE_DISTRICT,
            null,
            null,
            0,
            List.of(),
            List.of(),
            "地址位于" + String.join("、", otherDistricts) + "，不在" + district + "辖区内",
            false);
      }
      hits = find(strip(ChineseText.content(content)));
      factor = FROM_CONTENT;
    }
    if (hits.isEmpty()) {
      return Jurisdiction.unknown("地址中没有可识别的街道、乡镇、社区、小区、道路或地标，无法确定属地");
    }
    return judge(hits, factor, factor < 1.0, otherDistricts);
  }

  /**
   * The normalised text with district, street and place names blanked out ({@code |}), so that
   * topic words are not read inside names (清河 is a street, not a river; 双榆树 is a compound, not a
   * tree).
   */
  public String mask(String normalized) {
    String s = strip(normalized);
    char[] chars = s.toCharArray();
    for (Hit h : find(s)) {
      for (int i = h.start(); i < h.end(); i++) {
        chars[i] = '|';
      }
    }
    return new String(chars);
  }

  /** The display name of a street or town of this gazetteer. */
  public String streetName(UnitId id) {
    return streetNames.getOrDefault(id, id.value());
  }

  private String strip(String s) {
    return s.replace("北京市", "|").replace(district, "|");
  }

  private List<Hit> find(String s) {
    List<Hit> accepted = new ArrayList<>();
    boolean[] taken = new boolean[s.length()];
    for (Name n : names) {
      int from = 0;
      int at;
      while ((at = s.indexOf(n.text(), from)) >= 0) {
        int end = at + n.text().length();
        if (free(taken, at, end)) {
          accepted.add(new Hit(n, at, end));
          for (int i = at; i < end; i++) {
            taken[i] = true;
          }
        }
        from = at + 1;
      }
    }
    accepted.sort(Comparator.comparingInt(Hit::start));
    return accepted;
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private Jurisdiction judge(
      List<Hit> hits, double factor, boolean fromContent, List<String> otherDistricts) {
    Map<UnitId, Double> miss = new LinkedHashMap<>();
    Map<UnitId, List<Hit>> byStreet = new LinkedHashMap<>();
    Set<String> counted = new HashSet<>();
    for (Hit h : hits) {
      byStreet.computeIfAbsent(h.name().street(), k -> new ArrayList<>()).add(h);
      if (counted.add(h.name().text() + "|" + h.name().street().value())) {
        miss.merge(h.name().street(), 1 - h.name().weight() * factor, (x, y) -> x * y);
      }
    }
    List<Jurisdiction.StreetScore> ranked =
        miss.entrySet().stream()
            .map(e -> new Jurisdiction.StreetScore(e.getKey(), 1 - e.getValue()))
            .sorted(Comparator.comparingDouble(Jurisdiction.StreetScore::score).reversed())
            .toList();
    Jurisdiction.StreetScore best = ranked.get(0);
    double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
    List<Hit> evidence = byStreet.get(best.streetId());
    UnitId community =
        evidence.stream()
            .map(h -> h.name().community())
            .filter(c -> c != null)
            .findFirst()
            .orElse(null);
    List<String> matched =
        hits.stream().map(h -> h.name().text() + "（" + h.name().kind() + "）").distinct().toList();
    String where = (fromContent ? "诉求内容" : "地址") + "中的" + String.join("、", matched);
    if (second >= best.score() * AMBIGUOUS_RATIO) {
      String names =
          String.join(
              "、", ranked.stream().limit(3).map(s -> streetNames.get(s.streetId())).toList());
      return new Jurisdiction(
          ResolutionStatus.AMBIGUOUS,
          best.streetId(),
          null,
          best.score() - 0.5 * second,
          matched,
          ranked,
          where + "分别指向" + names + "，属地存在歧义，请派单员确认",
          fromContent);
    }
    String note =
        where
            + "属"
            + streetNames.get(best.streetId())
            + (otherDistricts.isEmpty()
                ? ""
                : "（地址同时提及" + String.join("、", otherDistricts) + "，可能跨区）");
    return new Jurisdiction(
        ResolutionStatus.RESOLVED,
        best.streetId(),
        community,
        best.score() - 0.5 * second,
        matched,
        ranked,
        note,
        fromContent);
  }
}
