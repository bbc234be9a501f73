package gov.hotline.core.user;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import java.util.Objects;

/**
 * A platform account; belongs to one org unit. {@code passwordHash} is a bcrypt hash, never the
 * password.
 */
public record User(
    UserId id,
    String username,
    String displayName,
    Role role,
    UnitId unitId,
    String passwordHash,
    boolean enabled) {
  public User {
    Objects.requireNonNull(username);
    Objects.requireNonNull(role);
    Objects.requireNonNull(unitId);
  }

  public Actor asActor() {
    return new Actor(id, username, role, unitId);
  }
}
