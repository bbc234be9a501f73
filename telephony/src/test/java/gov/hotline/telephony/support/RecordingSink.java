package gov.hotline.telephony.support;

import gov.hotline.telephony.domain.AmiFrame;
import gov.hotline.telephony.port.FrameSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sink that keeps every frame (or refuses them all, to play a stalled ingestion). */
public final class RecordingSink implements FrameSink {
  private final List<AmiFrame> frames = new CopyOnWriteArrayList<>();
  private volatile boolean refusing;
  private volatile Thread offeringThread;

  @Override
  public boolean offer(AmiFrame frame) {
    offeringThread = Thread.currentThread();
    if (refusing) {
      return false;
    }
    frames.add(frame);
    return true;
  }

  @Override
  public void boundary(AmiFrame frame) {
    frames.add(frame);
  }

  public void refuse(boolean refuse) {
    this.refusing = refuse;
  }

  public List<AmiFrame> frames() {
    return new ArrayList<>(frames);
  }

  public List<String> messages() {
    return frames.stream()
        .filter(f -> f.type() == AmiFrame.Type.MESSAGE)
        .map(AmiFrame::raw)
        .toList();
  }

  public List<AmiFrame.Type> boundaries() {
    return frames.stream().filter(AmiFrame::isControl).map(AmiFrame::type).toList();
  }

  public String offeringThreadName() {
    Thread t = offeringThread;
    return t == null ? null : t.getName();
  }
}
