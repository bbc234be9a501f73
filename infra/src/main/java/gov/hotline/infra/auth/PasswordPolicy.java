package gov.hotline.infra.auth;

import gov.hotline.core.error.DomainException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The password rules for new and reset passwords (等保 baseline): at least {@link #MIN_LENGTH}
 * characters with letters and digits, at most bcrypt's 72 bytes, not in the list of common
 * passwords, not containing the user name.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;
  private static final Set<String> COMMON = load();

  /** The rules as the users' screen shows them. */
  public static final List<String> RULES =
      List.of(
          "至少 " + MIN_LENGTH + " 位",
          "须同时包含字母和数字",
          "最多 " + PasswordHasher.MAX_BYTES + " 字节（汉字占 3 字节）",
          "不能是常见密码（如 password123）",
          "不能包含用户名");

  private PasswordPolicy() {}

  /** Refuses a password that breaks a rule, saying which one in Chinese. */
  public static void check(String password, String username) {
    if (!PasswordHasher.fits(password)) {
      throw DomainException.invalid(
          "PASSWORD_TOO_LONG",
          "密码过长：最多 " + PasswordHasher.MAX_BYTES + " 字节（英文字母、数字各占 1 字节，汉字占 3 字节）");
    }
    if (password.codePointCount(0, password.length()) < MIN_LENGTH
        || !password.matches("(?s).*\\p{L}.*")
        || !password.matches("(?s).*\\d.*")) {
      throw DomainException.invalid("WEAK_PASSWORD", "密码至少 " + MIN_LENGTH + " 位，且须同时包含字母和数字");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower)) {
      throw DomainException.invalid("COMMON_PASSWORD", "密码过于常见，容易被猜中，请换一个");
    }
    if (username != null
        && username.length() >= 3
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      throw DomainException.invalid("PASSWORD_CONTAINS_USERNAME", "密码不能包含用户名");
    }
  }

  private static Set<String> load() {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("common-passwords.txt missing from the classpath");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
