package gov.hotline.infra.auth;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.port.Transactions;
import gov.hotline.core.ticket.TextRules;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.core.user.User;
import java.util.Optional;

/**
 * Log-in and account creation. Wrong passwords slow the failing client down ({@link LoginThrottle})
 * instead of locking the account; an unknown user name costs the same bcrypt time as a known one,
 * and the message never tells whether the user name exists.
 */
public final class Accounts {
  private final Transactions tx;
  private final PasswordHasher hasher;
  private final ReferenceData reference;
  private final LoginThrottle throttle;

  public Accounts(
      Transactions tx, PasswordHasher hasher, ReferenceData reference, LoginThrottle throttle) {
    this.tx = tx;
    this.hasher = hasher;
    this.reference = reference;
    this.throttle = throttle;
  }

  /** The user for a correct user name and password, tried from {@code client} (an address). */
  public User login(String username, String password, String client) {
    String name = TextRules.required(username, "username", "用户名", 64);
    if (password == null || password.isEmpty()) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：密码（password）");
    }
    throttle.check(client, name);
    Optional<User> user = tx.inTransaction(r -> r.users().byUsername(name));
    boolean ok =
        user.isPresent() ? hasher.matches(password, user.get().passwordHash()) : dummy(password);
    if (!ok || !user.get().enabled()) {
      throttle.failed(client, name);
      throw new DomainException(ErrorKind.UNAUTHENTICATED, "BAD_CREDENTIALS", "用户名或密码错误");
    }
    throttle.succeeded(client, name);
    return user.get();
  }

  /** Creates an account (ADMIN only); the password must pass {@link PasswordPolicy}. */
  public User create(
      Actor actor, String username, String displayName, String password, Role role, UnitId unit) {
    if (actor.role() != Role.ADMIN) {
      throw DomainException.forbidden("只有系统管理员可以创建用户");
    }
    String name = TextRules.required(username, "username", "用户名", 64);
    if (!name.matches("[A-Za-z0-9_.-]{2,64}")) {
      throw DomainException.invalid("INVALID_USERNAME", "用户名只能包含字母、数字、下划线、点和短横线，2–64 位");
    }
    if (password == null || password.isEmpty()) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：密码（password）");
    }
    PasswordPolicy.check(password, name);
    String pw = password;
    if (role == null) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：角色（role）");
    }
    if (unit == null || reference.orgTree().find(unit).isEmpty()) {
      throw DomainException.invalid("UNKNOWN_UNIT", "所属单位不存在：" + unit);
    }
    String display =
        Optional.ofNullable(TextRules.optional(displayName, "displayName", "姓名", 50)).orElse(name);
    return insert(new User(null, name, display, role, unit, hasher.hash(pw), true));
  }

  /** Stores an account as given (used by start-up seeding, which sets its own passwords). */
  public User insert(User u) {
    return tx.inTransaction(
        r -> {
          if (r.users().byUsername(u.username()).isPresent()) {
            throw DomainException.conflict("USERNAME_TAKEN", "用户名已存在：" + u.username());
          }
          var id = r.users().insert(u);
          return new User(
              id,
              u.username(),
              u.displayName(),
              u.role(),
              u.unitId(),
              u.passwordHash(),
              u.enabled());
        });
  }

  private boolean dummy(String pw) {
    hasher.verifyDummy(pw);
    return false;
  }

  public Optional<User> byId(UserId id) {
    return tx.inTransaction(r -> r.users().byId(id));
  }

  public PasswordHasher hasher() {
    return hasher;
  }
}
