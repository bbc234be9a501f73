package gov.hotline.telephony.port;

import gov.hotline.telephony.domain.ReceivedMessage;
import java.time.Instant;
import java.util.List;

/**
 * The raw AMI event log (事件原文): append-only, one partition per day of receipt, each message with
 * its server, connection, position and receive time. Nothing here is ever updated or deleted
 * (retention drops whole days).
 */
public interface AmiEventLog {
  /** Appends messages in order. */
  void append(List<ReceivedMessage> messages);

  /**
   * Flags a stored message whose fold into calls failed, with the error (kept next to the raw
   * message, which stays as received); flagging the same message again keeps the first flag.
   */
  void flagFoldError(ReceivedMessage message, String error, Instant at);

  /** How many messages of a server were received in {@code [from, to)}. */
  long count(String serverId, Instant from, Instant to);
}
