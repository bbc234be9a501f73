package gov.hotline.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Catches the {@link DomainException} a step must throw, so a test can assert its kind, code and
 * message.
 */
public final class DomainErrors {

  private DomainErrors() {}

  public static DomainException domainErrorOf(ThrowingCallable step) {
    Throwable thrown = catchThrowable(step);
    assertThat(thrown)
        .as("the step should fail with a DomainException")
        .isInstanceOf(DomainException.class);
    return (DomainException) thrown;
  }
}
