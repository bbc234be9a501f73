package gov.hotline.core.port;

import gov.hotline.core.id.UserId;
import gov.hotline.core.user.User;
import java.util.List;
import java.util.Optional;

/** Storage of user accounts. */
public interface UserRepository {
  Optional<User> byUsername(String username);

  Optional<User> byId(UserId id);

  UserId insert(User user);

  /** Stores display name, role, unit, password hash and the enabled flag of an existing account. */
  void update(User user);

  List<User> all();

  long count();
}
