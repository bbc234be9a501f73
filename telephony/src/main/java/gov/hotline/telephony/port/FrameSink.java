package gov.hotline.telephony.port;

import gov.hotline.telephony.domain.AmiFrame;

/**
 * Where the AMI reader hands what it receives. {@link #offer} must return at once (it runs on the
 * socket reader thread): false means the frame was dropped because ingestion is behind, and the
 * loss is counted.
 */
public interface FrameSink {
  boolean offer(AmiFrame frame);

  /**
   * A connection boundary; never dropped, may wait briefly for room. Not called on the reader
   * thread.
   */
  void boundary(AmiFrame frame);
}
