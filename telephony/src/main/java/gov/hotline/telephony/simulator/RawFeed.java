package gov.hotline.telephony.simulator;

import java.io.IOException;
import java.util.List;

/**
 * Sends text exactly as given, without any framing: for hostile input (malformed lines, unknown
 * events, huge headers, a half message before a cut).
 */
public final class RawFeed implements Feed {
  private final List<String> chunks;
  private final boolean cutAtEnd;

  private RawFeed(List<String> chunks, boolean cutAtEnd) {
    this.chunks = List.copyOf(chunks);
    this.cutAtEnd = cutAtEnd;
  }

  public static RawFeed of(String... chunks) {
    return new RawFeed(List.of(chunks), false);
  }

  public RawFeed thenCut() {
    return new RawFeed(chunks, true);
  }

  @Override
  public void play(Out out) throws IOException {
    for (int i = 0; i < chunks.size() && out.open(); i++) {
      if (cutAtEnd && i == chunks.size() - 1) {
        out.sendThenCut(chunks.get(i));
      } else {
        out.send(chunks.get(i));
      }
    }
    if (cutAtEnd && chunks.isEmpty()) {
      out.cut();
    }
  }
}
