package gov.hotline.core.user;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
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

  /** The system itself (schedulers, imports). */
  public static Actor system(UnitId unit) {
    return new Actor(new UserId(0), "system", Role.ADMIN, unit);
  }
}
