package gov.hotline.core.org;

import gov.hotline.core.id.UnitId;
import java.util.List;
import java.util.Objects;

/** One org unit (单位): a handling unit (承办单位), a district, or the hotline centre. */
public record OrgUnit(
    UnitId id, UnitId parentId, String name, UnitType type, List<String> aliases, boolean active) {
  public OrgUnit {
    Objects.requireNonNull(id);
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    aliases = List.copyOf(aliases);
  }
}
