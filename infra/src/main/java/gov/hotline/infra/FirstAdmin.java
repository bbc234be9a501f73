package gov.hotline.infra;

import gov.hotline.core.admin.ReferenceDataAdmin;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import gov.hotline.core.user.Role;
import gov.hotline.core.user.User;
import gov.hotline.infra.auth.Accounts;
import gov.hotline.infra.config.HotlineConfig.ConfigException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On an empty database, {@code start} creates the hotline centre unit and the {@code admin}
 * account.
 */
final class FirstAdmin {
  static final UnitId ROOT = UnitId.of("CENTER");
  private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

  private final ReferenceDataAdmin admin;
  private final Accounts accounts;

  FirstAdmin(ReferenceDataAdmin admin, Accounts accounts) {
    this.admin = admin;
    this.accounts = accounts;
  }

  void ensure(boolean hasUsers, String password) {
    if (hasUsers) {
      return;
    }
    if (password == null || password.isBlank()) {
      throw new ConfigException("数据库中还没有用户：首次启动请设置环境变量 HOTLINE_ADMIN_PASSWORD（admin 账号的初始密码）");
    }
    admin.importAll(
        List.of(new OrgUnit(ROOT, null, "12345热线服务中心", UnitType.CENTER, List.of(), true)),
        List.of());
    accounts.insert(
        new User(null, "admin", "系统管理员", Role.ADMIN, ROOT, accounts.hasher().hash(password), true));
    LOG.info("created the admin account in unit {}", ROOT);
  }
}
