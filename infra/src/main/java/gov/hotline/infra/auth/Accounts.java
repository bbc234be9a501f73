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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Log-in and account creation. After {@link #MAX_FAILURES} wrong passwords an account is locked for
 * {@link #LOCKOUT} (等保 baseline); the message never tells whether the user name exists.
 */
public final class Accounts {
  public static final int MAX_FAILURES = 5;
  public static final Duration LOCKOUT = Duration.ofMinutes(15);

  private final Transactions tx;
  private final PasswordHasher hasher;
  private final ReferenceData reference;
  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  private record Failures(int count, Instant lastAt) {
  }

  public Accounts(Transactions tx, PasswordHasher hasher, ReferenceData reference, Clock clock) {
    this.tx = tx;
    this.hasher = hasher;
    this.reference = reference;
    this.clock = clock;
  }

  /** The user for a correct user name and password. */
  public User login(String username, String password) {
    String name = TextRules.required(username, "username", "用户名", 64);
    if (password == null || password.isEmpty()) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：密码（password）");
    }
    String pw = password;
    Failures f = failures.get(name);
    Instant now = clock.instant();
    if (f != null && f.count() >= MAX_FAILURES && f.lastAt().plus(LOCKOUT).isAfter(now)) {
      throw new DomainException(ErrorKind.FORBIDDEN, "ACCOUNT_LOCKED", "密码错误次数过多，账号已锁定 15 分钟，请稍后再试");
    }
    Optional<User> user = tx.inTransaction(r -> r.users().byUsername(name));
    boolean ok = user.isPresent() ? hasher.matches(pw, user.get().passwordHash()) : dummy(pw);
    if (user.isEmpty() || !user.get().enabled() || !ok) {
      failures.merge(name, new Failures(1, now), (a, b) -> new Failures(
          a.lastAt().plus(LOCKOUT).isAfter(now) ? a.count() + 1 : 1, now));
      throw new DomainException(ErrorKind.UNAUTHENTICATED, "BAD_CREDENTIALS", "用户名或密码错误");
    }
    failures.remove(name);
    return user.get();
  }

  /** Creates an account (ADMIN only); the password needs 8+ characters with letters and digits. */
  public User create(Actor actor, String username, String displayName, String password, Role role, UnitId unit) {
    if (actor.role() != Role.ADMIN) {
      throw DomainException.forbidden("只有系统管理员可以创建用户");
    }
    String name = TextRules.required(username, "username", "用户名", 64);
    if (!name.matches("[A-Za-z0-9_.-]{2,64}")) {
      throw DomainException.invalid("INVALID_USERNAME", "用户名只能包含字母、数字、下划线、点和短横线，2–64 位");
    }
    String pw = TextRules.required(password, "password", "密码", 128);
    if (!PasswordHasher.fits(pw)) {
      throw DomainException.invalid("PASSWORD_TOO_LONG", "密码过长：最多 " + PasswordHasher.MAX_BYTES
          + " 字节（英文字母、数字各占 1 字节，汉字占 3 字节）");
    }
    if (pw.length() < 8 || !pw.matches(".*[A-Za-z].*") || !pw.matches(".*\\d.*")) {
      throw DomainException.invalid("WEAK_PASSWORD", "密码至少 8 位，且须同时包含字母和数字");
    }
    if (role == null) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：角色（role）");
    }
    if (unit == null || reference.orgTree().find(unit).isEmpty()) {
      throw DomainException.invalid("UNKNOWN_UNIT", "所属单位不存在：" + unit);
    }
    String display = Optional.ofNullable(TextRules.optional(displayName, "displayName", "姓名", 50)).orElse(name);
    return insert(new User(null, name, display, role, unit, hasher.hash(pw), true));
  }

  /** Stores an account as given (used by start-up seeding, which sets its own passwords). */
  public User insert(User u) {
    return tx.inTransaction(r -> {
      if (r.users().byUsername(u.username()).isPresent()) {
        throw DomainException.conflict("USERNAME_TAKEN", "用户名已存在：" + u.username());
      }
      var id = r.users().insert(u);
      return new User(id, u.username(), u.displayName(), u.role(), u.unitId(), u.passwordHash(), u.enabled());
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
