package gov.hotline.infra.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt password hashes; the plain password is never stored or logged. */
public final class PasswordHasher {
  /**
   * bcrypt reads at most this many bytes of a password; longer ones are refused, never silently
   * cut.
   */
  public static final int MAX_BYTES = 72;

  private final int cost;
  private final String dummyHash;

  public PasswordHasher(int cost) {
    this.cost = cost;
    this.dummyHash = hash("dummy-password-for-unknown-users");
  }

  /** Whether bcrypt can take the whole password. */
  public static boolean fits(String password) {
    return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
  }

  public String hash(String password) {
    return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
  }

  /**
   * False for a wrong password, a null hash or one too long for bcrypt; always costs one bcrypt
   * verification.
   */
  public boolean matches(String password, String hash) {
    boolean usable = password != null && fits(password) && hash != null;
    byte[] pw = (usable ? password : "not-a-password").getBytes(StandardCharsets.UTF_8);
    boolean ok =
        BCrypt.verifyer()
            .verify(pw, (usable ? hash : dummyHash).getBytes(StandardCharsets.UTF_8))
            .verified;
    return usable && ok;
  }

  /**
   * Spends the time of one verification for a user that does not exist, so timing does not reveal
   * that.
   */
  public void verifyDummy(String password) {
    matches(password, dummyHash);
  }
}
