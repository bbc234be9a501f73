package gov.hotline.core.user;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import java.util.Collection;
import java.util.Objects;

/** Who is acting: every command and every history entry carries one. */
public record Actor(UserId userId, String username, Role role, UnitId unitId) {
  public Actor {
    Objects.requireNonNull(username);
    Objects.requireNonNull(role);
    Objects.requireNonNull(unitId);
  }

  public boolean is(Role... roles) {
    for (Role r : roles) {
      if (r == role) {
        return true;
      }
    }
    return false;
  }

  /**
   * This actor, if its role is one of {@code roles}; else 403 naming the roles that may, in the
   * order given.
   */
  public Actor requireOneOf(Collection<Role> roles) {
    if (!roles.contains(role)) {
      String allowed = String.join("、", roles.stream().map(Role::label).toList());
      throw DomainException.forbidden("当前角色（" + role.label() + "）无权访问，仅限：" + allowed);
    }
    return this;
  }

  /** The system itself (schedulers, imports). */
  public static Actor system(UnitId unit) {
    return new Actor(new UserId(0), "system", Role.ADMIN, unit);
  }
}
