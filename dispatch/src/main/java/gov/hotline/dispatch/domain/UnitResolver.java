package gov.hotline.dispatch.domain;

import gov.hotline.core.org.OrgUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a catalogue reference into units for one appeal: a unit id as itself; {@code @territory}
 * into the street or town of the address (the competing ones when ambiguous, the district when
 * unknown — 区兜底); {@code @district} into the district; a service placeholder ({@code @heat},
 * {@code @telecom} …) into the enterprise of that service the appeal names, else the one whose
 * service area covers the street.
 */
public final class UnitResolver {
  /**
   * Which enterprise services a service placeholder means; other placeholders {@code @x} mean
   * service {@code x}.
   */
  private static final Map<String, List<String>> SERVICES =
      Map.of(
          "@heat",
          List.of("heating"),
          "@telecom",
          List.of("telecom", "cable_tv"),
          "@water",
          List.of("water"),
          "@gas",
          List.of("gas"),
          "@power",
          List.of("power"),
          "@drain",
          List.of("drainage"));

  private static final Pattern EXCLUSION = Pattern.compile("除(.*?)(以外|之外|外)");

  private final DispatchDirectory dir;

  public UnitResolver(DispatchDirectory dir) {
    this.dir = dir;
  }

  /** True for the placeholders this resolver understands. */
  public static boolean knows(UnitRef ref) {
    return !ref.isPlaceholder()
        || ref.equals(UnitRef.TERRITORY)
        || ref.equals(UnitRef.DISTRICT)
        || ref.value().matches("@[a-z_]+");
  }

  public List<ResolvedUnit> resolve(UnitRef ref, Jurisdiction where, String content) {
    if (!ref.isPlaceholder()) {
      return dir.org()
          .find(ref.unitId())
          .filter(OrgUnit::active)
          .map(u -> List.of(new ResolvedUnit(u.id(), 1.0, "")))
          .orElse(List.of());
    }
    if (ref.equals(UnitRef.TERRITORY)) {
      return territory(where);
    }
    if (ref.equals(UnitRef.DISTRICT)) {
      return district("按规则由区级兜底");
    }
    return service(
        SERVICES.getOrDefault(ref.value(), List.of(ref.value().substring(1))), where, content);
  }

  private List<ResolvedUnit> territory(Jurisdiction where) {
    return switch (where.status()) {
      case RESOLVED ->
          List.of(new ResolvedUnit(where.streetId(), 1.0, "属地：" + where.explanation()));
      case AMBIGUOUS -> {
        List<Jurisdiction.StreetScore> top = where.candidates().stream().limit(3).toList();
        double sum = top.stream().mapToDouble(Jurisdiction.StreetScore::score).sum();
        yield top.stream()
            .map(
                s ->
                    new ResolvedUnit(
                        s.streetId(), s.score() / sum, "属地（存在歧义）：" + where.explanation()))
            .toList();
      }
      default -> district("地址无法确定所属街镇，按规则由区级兜底");
    };
  }

  private List<ResolvedUnit> district(String how) {
    return dir.districtUnit()
        .map(d -> List.of(new ResolvedUnit(d.id(), 1.0, how)))
        .orElse(List.of());
  }

  private List<ResolvedUnit> service(List<String> services, Jurisdiction where, String content) {
    List<OrgUnit> providers =
        dir.org().all().stream()
            .filter(
                u ->
                    u.active()
                        && dir.profile(u.id()).service() != null
                        && services.contains(dir.profile(u.id()).service()))
            .toList();
    List<OrgUnit> named = providers.stream().filter(u -> mentions(content, u)).toList();
    if (!named.isEmpty()) {
      return split(named, "诉求中提到该企业");
    }
    Optional<OrgUnit> street =
        where.streetId() == null ? Optional.empty() : dir.org().find(where.streetId());
    if (street.isPresent()) {
      List<OrgUnit> covering = providers.stream().filter(u -> covers(u, street.get()) > 0).toList();
      if (covering.isEmpty()) { // the provider for "the rest of the district" (全区, 除…以外)
        covering =
            providers.stream().filter(u -> covers(u, street.get()) == 0 && isGeneral(u)).toList();
      }
      if (!covering.isEmpty()) {
        return split(covering, "服务区域：" + street.get().name() + "由该企业服务");
      }
    }
    return split(providers, "未能确定具体企业");
  }

  private static List<ResolvedUnit> split(List<OrgUnit> units, String how) {
    return units.stream().map(u -> new ResolvedUnit(u.id(), 1.0 / units.size(), how)).toList();
  }

  private static boolean mentions(String content, OrgUnit u) {
    return Stream.concat(Stream.of(u.name()), u.aliases().stream())
        .map(ChineseText::normalize)
        .anyMatch(a -> a.length() >= 2 && content.contains(a));
  }

  /**
   * 1 when the service area names the street, -1 when it names it as excluded (除…以外), 0 when
   * silent.
   */
  private int covers(OrgUnit provider, OrgUnit street) {
    String area = ChineseText.normalize(dir.profile(provider.id()).serviceArea());
    List<String> names = new ArrayList<>();
    names.add(ChineseText.normalize(street.name()));
    street.aliases().stream()
        .map(ChineseText::normalize)
        .filter(a -> a.length() >= 2)
        .forEach(names::add);
    Matcher m = EXCLUSION.matcher(area);
    String excluded = "";
    String included = area;
    if (m.find()) {
      excluded = m.group(1);
      included = area.substring(0, m.start()) + area.substring(m.end());
    }
    if (names.stream().anyMatch(excluded::contains)) {
      return -1;
    }
    String rest = included;
    return names.stream().anyMatch(rest::contains) ? 1 : 0;
  }

  /** A service area that is the whole district or the rest of it, not a list of streets. */
  private boolean isGeneral(OrgUnit provider) {
    String area = ChineseText.normalize(dir.profile(provider.id()).serviceArea());
    return area.isEmpty() || area.contains("全区") || EXCLUSION.matcher(area).find();
  }
}
