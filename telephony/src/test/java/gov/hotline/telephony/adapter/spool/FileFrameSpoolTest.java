package gov.hotline.telephony.adapter.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gov.hotline.telephony.domain.AmiFrame;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spool files: what survives a reopen, a line cut by a crash, and stored batches. */
class FileFrameSpoolTest {
  private static final Instant T0 = Instant.parse("2026-11-21T02:00:00.123456789Z");

  private static AmiFrame frame(long seq, String raw) {
    return new AmiFrame(AmiFrame.Type.MESSAGE, "pbx1", 7, seq, T0.plusMillis(seq), 0, raw, false);
  }

  @Test
  void framesSurviveAReopenByTheNextHolderWithEveryCharacterAndTheReceiveTime(@TempDir Path dir) {
    String raw = "Event: Hangup\r\nUniqueid: 1.2\r\nCause-txt: 正常\tclearing\r\n\r\n";
    FileFrameSpool.open(dir, "pbx1", 4).append(List.of(frame(1, raw), frame(2, "Event: X\r\n")));

    FileFrameSpool again = FileFrameSpool.open(dir, "pbx1", 5);

    assertThat(again.peek(10))
        .extracting(AmiFrame::seq, AmiFrame::raw, AmiFrame::receivedAt)
        .containsExactly(
            tuple(1L, raw, T0.plusMillis(1)), tuple(2L, "Event: X\r\n", T0.plusMillis(2)));
  }

  @Test
  void storedFramesAreNotReplayedAndAnEmptySpoolIsEmptiedOnDisk(@TempDir Path dir)
      throws IOException {
    FileFrameSpool spool = FileFrameSpool.open(dir, "pbx1", 1);
    spool.append(List.of(frame(1, "a"), frame(2, "b"), frame(3, "c")));

    spool.commit(2);
    List<AmiFrame> afterRestart = FileFrameSpool.open(dir, "pbx1", 2).peek(10);
    FileFrameSpool.open(dir, "pbx1", 2).commit(1);

    assertThat(afterRestart).extracting(AmiFrame::raw).containsExactly("c");
    assertThat(Files.size(dir.resolve("pbx1.spool"))).isZero();
  }

  @Test
  void aLineCutByACrashIsSkippedAndTheNextBatchStartsOnALineOfItsOwn(@TempDir Path dir)
      throws IOException {
    FileFrameSpool.open(dir, "pbx1", 1).append(List.of(frame(1, "a")));
    Files.writeString(
        dir.resolve("pbx1.spool"),
        "MESSAGE\tpbx1\t7\t2",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    FileFrameSpool reopened = FileFrameSpool.open(dir, "pbx1", 2);
    reopened.append(List.of(frame(3, "c")));

    assertThat(FileFrameSpool.open(dir, "pbx1", 3).peek(10))
        .extracting(AmiFrame::raw)
        .containsExactly("a", "c");
  }
}
