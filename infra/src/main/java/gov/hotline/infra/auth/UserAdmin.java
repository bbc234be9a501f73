package gov.hotline.infra.auth;

import gov.hotline.core.error.DomainException;
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
 * Changing accounts (ADMIN only): role, unit, display name, enabled, password reset. Whatever
 * changes what a token stands for — disabling, a new role or unit, a new password — ends the user's
 * sessions at once.
 */
public final class UserAdmin {
  private final Transactions tx;
  private final PasswordHasher hasher;
  private final ReferenceData reference;
  private final Sessions sessions;

  /** The fields a change may set; null keeps the current value. */
  public record Change(Role role, UnitId unitId, Boolean enabled, String displayName) {}

  /** The account after a change, and how many sessions it ended. */
  public record Changed(User user, int sessionsEnded) {}

  public UserAdmin(
      Transactions tx, PasswordHasher hasher, ReferenceData reference, Sessions sessions) {
    this.tx = tx;
    this.hasher = hasher;
    this.reference = reference;
    this.sessions = sessions;
  }

  public Changed update(Actor actor, UserId id, Change c) {
    requireAdmin(actor);
    if (c.unitId() != null && reference.orgTree().find(c.unitId()).isEmpty()) {
      throw DomainException.invalid("UNKNOWN_UNIT", "所属单位不存在：" + c.unitId());
    }
    String display = TextRules.optional(c.displayName(), "displayName", "姓名", 50);
    User before = existing(id);
    if (before.id().equals(actor.userId())
        && (Boolean.FALSE.equals(c.enabled()) || c.role() != null && c.role() != Role.ADMIN)) {
      throw DomainException.invalid("SELF_LOCKOUT", "不能停用自己的账号或取消自己的系统管理员角色");
    }
    User after =
        new User(
            before.id(),
            before.username(),
            Optional.ofNullable(display).orElse(before.displayName()),
            Optional.ofNullable(c.role()).orElse(before.role()),
            Optional.ofNullable(c.unitId()).orElse(before.unitId()),
            before.passwordHash(),
            Optional.ofNullable(c.enabled()).orElse(before.enabled()));
    tx.inTransaction(
        r -> {
          r.users().update(after);
          return null;
        });
    boolean tokenChanged =
        after.role() != before.role()
            || !after.unitId().equals(before.unitId())
            || !after.enabled();
    int ended = tokenChanged ? sessions.endAllOf(id.value(), reason(before, after)) : 0;
    return new Changed(after, ended);
  }

  public Changed resetPassword(Actor actor, UserId id, String password) {
    requireAdmin(actor);
    if (password == null || password.isEmpty()) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：密码（password）");
    }
    User before = existing(id);
    PasswordPolicy.check(password, before.username());
    User after =
        new User(
            before.id(),
            before.username(),
            before.displayName(),
            before.role(),
            before.unitId(),
            hasher.hash(password),
            before.enabled());
    tx.inTransaction(
        r -> {
          r.users().update(after);
          return null;
        });
    return new Changed(after, sessions.endAllOf(id.value(), "PASSWORD_RESET"));
  }

  /** Ends every session of the user (强制下线) without changing the account. */
  public Changed forceLogout(Actor actor, UserId id) {
    requireAdmin(actor);
    User u = existing(id);
    return new Changed(u, sessions.endAllOf(id.value(), "FORCED_LOGOUT"));
  }

  private User existing(UserId id) {
    return tx.inTransaction(r -> r.users().byId(id))
        .orElseThrow(() -> DomainException.notFound("USER_NOT_FOUND", "用户不存在：" + id.value()));
  }

  private static String reason(User before, User after) {
    return !after.enabled()
        ? "USER_DISABLED"
        : after.role() != before.role() ? "ROLE_CHANGED" : "UNIT_CHANGED";
  }

  private static void requireAdmin(Actor actor) {
    if (actor.role() != Role.ADMIN) {
      throw DomainException.forbidden("只有系统管理员可以修改用户");
    }
  }
}
