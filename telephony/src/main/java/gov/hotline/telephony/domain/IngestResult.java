package gov.hotline.telephony.domain;

import java.util.List;

/**
 * What one committed batch did: the messages stored (in order, for the live board), the calls that
 * changed, the connection boundaries it crossed, and counts for the metrics.
 */
public record IngestResult(
    String serverId,
    List<ReceivedMessage> messages,
    List<CallFolder.Change> changes,
    List<AmiFrame> boundaries,
    Counts counts) {
  /**
   * Messages stored, and how many of them were malformed, cut at a disconnect, of an unknown event,
   * oversize.
   */
  public record Counts(
      int messages, int malformed, int partial, int unknown, int oversize, int truncated) {}
}
