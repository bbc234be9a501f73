package gov.hotline.core.error;

import java.util.Objects;

/**
 * A failure the user caused or may see: a stable English {@code code} for programs and a Chinese
 * message for people. Never carries a stack trace to the client.
 */
public class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;
  private final String code;

  public DomainException(ErrorKind kind, String code, String message) {
    super(message, null, false, false);
    this.kind = Objects.requireNonNull(kind);
    this.code = Objects.requireNonNull(code);
  }

  public static DomainException invalid(String code, String message) {
    return new DomainException(ErrorKind.INVALID, code, message);
  }

  public static DomainException notFound(String code, String message) {
    return new DomainException(ErrorKind.NOT_FOUND, code, message);
  }

  public static DomainException forbidden(String message) {
    return new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", message);
  }

  public static DomainException conflict(String code, String message) {
    return new DomainException(ErrorKind.CONFLICT, code, message);
  }

  public ErrorKind kind() {
    return kind;
  }

  public String code() {
    return code;
  }
}
