package gov.hotline.telephony.service;

import static gov.hotline.telephony.fixtures.TruthAssert.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.telephony.domain.AmiFrame;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallFolder;
import gov.hotline.telephony.domain.FoldPolicy;
import gov.hotline.telephony.domain.IngestResult;
import gov.hotline.telephony.domain.ReceivedMessage;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.fixtures.Truth;
import gov.hotline.telephony.simulator.AmiTranscript;
import gov.hotline.telephony.support.MemoryTelephony;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Real AMI captures replayed through {@link IngestionService} in batches, over the telephony
 * storage in memory: the calls stored are those of the capture's ground truth, every raw message is
 * kept once, a failed batch leaves nothing behind, and stored calls carry on across a restart.
 */
class IngestionServiceTest {
  private static final Instant T0 = Instant.parse("2026-11-21T11:49:52Z");
  private static final List<String> SCENARIOS = Fixtures.SINGLE;

  /**
   * A resynchronisation list with a channel that has no Uniqueid: the fold cannot place it and
   * throws.
   */
  private static final List<String> POISON =
      List.of(
          "Response: Success\r\nActionID: resync-channels-77\r\nEventList: start\r\nMessage: Channels will follow\r\n\r\n",
          "Event: CoreShowChannel\r\nActionID: resync-channels-77\r\nChannel: PJSIP/6009-00000001\r\n"
              + "Application: Queue\r\nApplicationData: hotline\r\n\r\n",
          "Event: CoreShowChannelsComplete\r\nActionID: resync-channels-77\r\nEventList: Complete\r\nListItems: 1\r\n\r\n");

  private final MemoryTelephony store = new MemoryTelephony();
  private IngestionService service = newService();

  private IngestionService newService() {
    return new IngestionService("lab", store, new CallFolder("lab", FoldPolicy.defaults()));
  }

  /**
   * The capture's messages as the reader hands them over: one connection, in order, at the
   * capture's times.
   */
  private static List<AmiFrame> frames(
      long sessionId, long firstSeq, List<String> texts, List<Long> ms) {
    List<AmiFrame> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      out.add(
          new AmiFrame(
              AmiFrame.Type.MESSAGE,
              "lab",
              sessionId,
              firstSeq + i,
              T0.plusMillis(Math.max(0, ms.get(i))),
              i,
              texts.get(i),
              false));
    }
    return out;
  }

  private static List<AmiFrame> frames(String scenario) {
    AmiTranscript t = Fixtures.transcript(scenario);
    return frames(
        1,
        0,
        t.blocks().stream().map(AmiTranscript.Block::text).toList(),
        t.blocks().stream().map(AmiTranscript.Block::ms).toList());
  }

  private static AmiFrame connected(long sessionId, Instant at) {
    return new AmiFrame(AmiFrame.Type.CONNECTED, "lab", sessionId, 0, at, 0, "connected", false);
  }

  private List<IngestResult> ingestInBatches(List<AmiFrame> frames, int size) {
    List<IngestResult> results = new ArrayList<>();
    for (int from = 0; from < frames.size(); from += size) {
      results.add(service.ingest(frames.subList(from, Math.min(frames.size(), from + size))));
    }
    return results;
  }

  private static void assertCallsMatch(Map<String, Call> calls, Truth truth) {
    assertThat(calls.keySet())
        .containsExactlyInAnyOrderElementsOf(
            truth.calls().stream().map(Truth.TruthCall::uniqueid).toList());
    truth.calls().forEach(tc -> assertMatches(calls.get(tc.uniqueid()), tc));
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("SCENARIOS")
  void eachCaptureStoredInSmallBatchesGivesTheCallsOfItsGroundTruth(String scenario) {
    List<AmiFrame> frames = new ArrayList<>(List.of(connected(1, T0)));
    frames.addAll(frames(scenario));

    ingestInBatches(frames, 7);

    assertCallsMatch(store.storedCalls(), Fixtures.truth(scenario));
  }

  @Test
  void theThreeHundredCallLoadRunStoredInFullBatchesGivesItsGroundTruth() {
    ingestInBatches(frames("load"), IngestionPump.MAX_BATCH);

    assertThat(store.storedCalls()).hasSize(300);
    assertCallsMatch(store.storedCalls(), Fixtures.truth("load"));
  }

  @Test
  void everyRawMessageIsStoredOnceInTheOrderReceivedAndCounted() {
    List<AmiFrame> frames = frames("answered");

    List<IngestResult> results = ingestInBatches(frames, 50);

    assertThat(store.storedMessages())
        .extracting(ReceivedMessage::seq)
        .containsExactlyElementsOf(frames.stream().map(AmiFrame::seq).toList());
    assertThat(results.stream().mapToLong(r -> r.counts().messages()).sum())
        .isEqualTo(frames.size());
    long counted = store.inTransaction(r -> r.events().count("lab", T0, T0.plusSeconds(3600)));
    assertThat(counted).isEqualTo(frames.size());
  }

  @Test
  void theBatchResultNamesTheCallsItChanged() {
    String id = Fixtures.truth("short_abandon").calls().getFirst().uniqueid();

    IngestResult result = service.ingest(frames("short_abandon"));

    assertThat(result.changes()).extracting(c -> c.after().id()).contains(id);
    assertThat(result.changes())
        .allSatisfy(c -> assertThat(store.storedCalls().get(c.after().id())).isEqualTo(c.after()));
  }

  @Test
  void connectionBoundariesAreWrittenToTheSessionLog() {
    List<AmiFrame> frames = new ArrayList<>(List.of(connected(1, T0)));
    frames.addAll(frames("ring_no_answer"));
    frames.add(
        new AmiFrame(
            AmiFrame.Type.DISCONNECTED,
            "lab",
            1,
            0,
            T0.plusSeconds(600),
            0,
            "socket closed",
            false));

    service.ingest(frames);

    assertThat(store.storedSessions())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.connectedAt()).isEqualTo(T0);
              assertThat(s.disconnectedAt()).isEqualTo(T0.plusSeconds(600));
              assertThat(s.reason()).isEqualTo("socket closed");
            });
  }

  @Test
  void aMessageTheFoldThrowsOnIsFlaggedAndTheMessagesAfterItAreStillFolded() {
    List<String> texts = new ArrayList<>();
    List<Long> ms = new ArrayList<>();
    Fixtures.transcript("answered")
        .blocks()
        .forEach(
            b -> {
              texts.add(b.text());
              ms.add(b.ms());
            });
    int poisonAt = texts.size() + 2;
    long later = ms.getLast() + 1000;
    POISON.forEach(
        p -> {
          texts.add(p);
          ms.add(later);
        });
    Fixtures.transcript("abandoned")
        .blocks()
        .forEach(
            b -> {
              texts.add(b.text());
              ms.add(later + 1000 + Math.max(0, b.ms()));
            });
    IngestionService.Batch batch = service.prepare(frames(1, 0, texts, ms));

    assertThatThrownBy(() -> service.ingest(batch)).isInstanceOf(NullPointerException.class);
    assertThat(store.storedMessages()).as("the failed batch left nothing").isEmpty();

    // what IngestionPump does next: the batch raw, then frame by frame, flagging what cannot be
    // folded
    service.storeRaw(batch.messages());
    List<String> failed = new ArrayList<>();
    for (int i = 0; i < batch.frames().size(); i++) {
      try {
        service.foldOne(batch.frames().get(i), batch.messages().get(i));
      } catch (RuntimeException e) {
        failed.add(batch.messages().get(i).message().name());
        service.flagFoldError(batch.messages().get(i), e, T0.plusSeconds(60));
      }
    }

    assertThat(failed).containsExactly("CoreShowChannelsComplete");
    assertThat(store.foldErrors())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message().seq()).isEqualTo(poisonAt);
              assertThat(f.error()).startsWith("java.lang.NullPointerException").contains(" at ");
              assertThat(f.at()).isEqualTo(T0.plusSeconds(60));
            });
    assertThat(store.storedMessages()).hasSize(texts.size());
    Truth answered = Fixtures.truth("answered");
    Truth abandoned = Fixtures.truth("abandoned");
    answered.calls().forEach(tc -> assertMatches(store.storedCalls().get(tc.uniqueid()), tc));
    abandoned.calls().forEach(tc -> assertMatches(store.storedCalls().get(tc.uniqueid()), tc));
  }

  @Test
  void flaggingTheSameMessageTwiceKeepsTheFirstFlag() {
    ReceivedMessage m = frames("answered").getFirst().toMessage();
    service.storeRaw(List.of(m));

    service.flagFoldError(m, new IllegalStateException("first"), T0);
    service.flagFoldError(m, new IllegalStateException("second"), T0.plusSeconds(1));

    assertThat(store.foldErrors())
        .singleElement()
        .satisfies(f -> assertThat(f.error()).contains("first"));
  }

  @Test
  void aBatchWhoseStoreFailsLeavesNothingHalfStoredAndIsAppliedAgainWithoutDuplicates() {
    List<AmiFrame> frames = frames("answered");
    int third = frames.size() / 3;
    List<AmiFrame> first = frames.subList(0, third);
    List<AmiFrame> second = frames.subList(third, 2 * third);
    List<AmiFrame> rest = frames.subList(2 * third, frames.size());
    service.ingest(first);
    Map<String, Call> callsBefore = store.storedCalls();
    store.failNext("calls.upsert", true);

    assertThatThrownBy(() -> service.ingest(second))
        .isInstanceOfSatisfying(
            MemoryTelephony.StoreFailure.class, e -> assertThat(service.unreachable(e)).isTrue());
    assertThat(store.storedMessages()).hasSize(first.size());
    assertThat(store.storedCalls()).isEqualTo(callsBefore);

    service.ingest(second);
    service.ingest(rest);

    assertThat(store.storedMessages())
        .extracting(ReceivedMessage::seq)
        .containsExactlyElementsOf(frames.stream().map(AmiFrame::seq).toList());
    assertCallsMatch(store.storedCalls(), Fixtures.truth("answered"));
  }

  @Test
  void theSameBatchStoredTwiceIsRefusedByTheRawLogAndChangesNothing() {
    List<AmiFrame> frames = frames("abandoned");
    service.ingest(frames);
    Map<String, Call> calls = store.storedCalls();

    assertThatThrownBy(() -> service.ingest(frames))
        .isInstanceOfSatisfying(
            MemoryTelephony.StoreFailure.class,
            e -> {
              assertThat(e).hasMessageContaining("ami_event_pkey");
              assertThat(service.unreachable(e)).isFalse();
            });
    assertThat(store.storedMessages()).hasSize(frames.size());
    assertThat(store.storedCalls()).isEqualTo(calls);
  }

  @Test
  void aCallOpenAtARestartIsPreloadedOnReconnectAndCompletedByTheNextService() {
    AmiTranscript t = Fixtures.transcript("answered");
    List<String> texts = t.blocks().stream().map(AmiTranscript.Block::text).toList();
    List<Long> ms = t.blocks().stream().map(AmiTranscript.Block::ms).toList();
    int half = texts.size() / 2;
    String id = Fixtures.truth("answered").calls().getFirst().uniqueid();
    List<AmiFrame> before = new ArrayList<>(List.of(connected(1, T0)));
    before.addAll(frames(1, 0, texts.subList(0, half), ms.subList(0, half)));
    service.ingest(before);
    Call open = store.storedCalls().get(id);
    assertThat(open.ended()).as("the call is still running at the restart").isFalse();

    service =
        newService(); // the platform restarts: a new fold, the same storage, a new AMI connection
    Instant reconnectAt = T0.plusMillis(ms.get(half - 1));
    List<AmiFrame> after = new ArrayList<>(List.of(connected(2, reconnectAt)));
    after.addAll(frames(2, 0, texts.subList(half, texts.size()), ms.subList(half, texts.size())));
    service.ingest(after);

    assertThat(service.current(id)).isNotNull();
    Call done = store.storedCalls().get(id);
    assertThat(done.times().startedAt()).isEqualTo(open.times().startedAt());
    assertMatches(done, Fixtures.truth("answered").calls().getFirst());
    assertThat(store.storedSessions()).extracting(s -> s.sessionId()).containsExactly(1L, 2L);
  }

  @Test
  void aStoredCallIsFoundByItsIdWhenLaterEventsArriveWithoutAReconnect() {
    List<AmiFrame> frames = frames("abandoned");
    int half = frames.size() / 2;
    service.ingest(frames.subList(0, half));

    service = newService();
    service.ingest(frames.subList(half, frames.size()));

    assertCallsMatch(store.storedCalls(), Fixtures.truth("abandoned"));
  }
}
