package gov.hotline.core.org;

import gov.hotline.core.id.UnitId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The unit hierarchy as an immutable snapshot. A unit sees its own data and that of units below it,
 * so scope checks ask {@link #isWithin(UnitId, UnitId)}.
 */
public final class OrgTree {
  private final Map<UnitId, OrgUnit> units;
  private final Map<UnitId, List<UnitId>> children;

  public OrgTree(Collection<OrgUnit> all) {
    this.units = new LinkedHashMap<>();
    this.children = new HashMap<>();
    for (OrgUnit u : all) {
      units.put(u.id(), u);
    }
    for (OrgUnit u : all) {
      if (u.parentId() != null) {
        children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u.id());
      }
    }
  }

  public Optional<OrgUnit> find(UnitId id) {
    return Optional.ofNullable(units.get(id));
  }

  public Collection<OrgUnit> all() {
    return units.values();
  }

  /** True when {@code unit} is {@code ancestor} itself or lies anywhere below it. */
  public boolean isWithin(UnitId unit, UnitId ancestor) {
    UnitId cursor = unit;
    int guard = 0;
    while (cursor != null && guard++ < 64) { // a cycle in edited data must not hang a request
      if (cursor.equals(ancestor)) {
        return true;
      }
      OrgUnit u = units.get(cursor);
      cursor = u == null ? null : u.parentId();
    }
    return false;
  }

  /** The unit and all units below it. */
  public Set<UnitId> subtree(UnitId root) {
    Set<UnitId> out = new LinkedHashSet<>();
    List<UnitId> stack = new ArrayList<>(List.of(root));
    while (!stack.isEmpty()) {
      UnitId id = stack.remove(stack.size() - 1);
      if (out.add(id)) {
        stack.addAll(children.getOrDefault(id, List.of()));
      }
    }
    return out;
  }
}
