package gov.hotline.telephony.domain;

/** How one survey session (one FastAGI connection from Asterisk) ended; counted in the metrics. */
public enum SurveyOutcome {
  /** The caller pressed 1, 2 or 3 and the answer was stored. */
  ANSWERED,
  /** The caller answered, but the call already had an answer: the first one stands. */
  REPEATED,
  /** No key within the time allowed, on every attempt: nothing stored. */
  NO_INPUT,
  /** Only keys other than 1/2/3 until the attempts ran out: nothing stored. */
  INVALID,
  /** The caller hung up (or Asterisk dropped the connection) before answering: nothing stored. */
  HANGUP,
  /** Asterisk gave no usable call id: the survey was not run. */
  NO_CALL_ID,
  /** The answer could not be stored (database down); logged with the call id and the key. */
  STORE_FAILED
}
