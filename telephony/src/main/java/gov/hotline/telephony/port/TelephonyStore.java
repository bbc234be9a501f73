package gov.hotline.telephony.port;

import java.util.function.Function;

/** Opens one transaction over the telephony storage; the only way telephony services reach their repositories. */
public interface TelephonyStore {
  <T> T inTransaction(Function<TelephonyRepositories, T> work);
}
