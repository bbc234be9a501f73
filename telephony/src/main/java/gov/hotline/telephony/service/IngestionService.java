package gov.hotline.telephony.service;

import gov.hotline.telephony.domain.AmiFrame;
import gov.hotline.telephony.domain.AmiMessage;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallFolder;
import gov.hotline.telephony.domain.IngestResult;
import gov.hotline.telephony.domain.KnownEvents;
import gov.hotline.telephony.domain.QueueLogEntry;
import gov.hotline.telephony.domain.QueueLogReconciler;
import gov.hotline.telephony.domain.ReceivedMessage;
import gov.hotline.telephony.port.TelephonyRepositories;
import gov.hotline.telephony.port.TelephonyTransactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores a batch of AMI frames of one server in one transaction: the raw messages are appended to
 * the event log, folded into calls, and the calls that changed are written. If the transaction
 * fails the fold forgets what it held and reloads the calls from storage next time: nothing is
 * half-applied. When the failure is not the database being away, the caller stores the batch raw
 * ({@link #storeRaw}) and folds it message by message ({@link #foldOne}), flagging a message that
 * cannot be folded ({@link #flagFoldError}) and going on with the next.
 */
public final class IngestionService {
  private final String serverId;
  private final TelephonyTransactions store;
  private final CallFolder folder;

  public IngestionService(String serverId, TelephonyTransactions store, CallFolder folder) {
    this.serverId = serverId;
    this.store = store;
    this.folder = folder;
  }

  public String serverId() {
    return serverId;
  }

  /**
   * A batch parsed once: its frames, the messages among them (in order), its connection boundaries
   * and counts.
   */
  public record Batch(
      List<AmiFrame> frames,
      List<ReceivedMessage> messages,
      List<AmiFrame> boundaries,
      IngestResult.Counts counts) {}

  /** Parses the frames of a batch (off the reader thread) and counts what the metrics report. */
  public Batch prepare(List<AmiFrame> frames) {
    List<ReceivedMessage> messages = new ArrayList<>(frames.size());
    List<AmiFrame> boundaries = new ArrayList<>(2);
    int malformed = 0;
    int partial = 0;
    int unknown = 0;
    int oversize = 0;
    int truncated = 0;
    for (AmiFrame f : frames) {
      if (f.isControl()) {
        boundaries.add(f);
        continue;
      }
      ReceivedMessage rm = f.toMessage();
      AmiMessage m = rm.message();
      messages.add(rm);
      malformed += m.kind() == AmiMessage.Kind.MALFORMED || m.malformedLines() > 0 ? 1 : 0;
      partial += m.kind() == AmiMessage.Kind.PARTIAL ? 1 : 0;
      unknown += m.kind() == AmiMessage.Kind.EVENT && !KnownEvents.isKnown(m.name()) ? 1 : 0;
      oversize += m.oversize() ? 1 : 0;
      truncated += m.truncated() ? 1 : 0;
    }
    return new Batch(
        List.copyOf(frames),
        messages,
        boundaries,
        new IngestResult.Counts(messages.size(), malformed, partial, unknown, oversize, truncated));
  }

  public IngestResult ingest(List<AmiFrame> frames) {
    return ingest(prepare(frames));
  }

  /** The usual way: raw messages, fold and calls of the whole batch in one transaction. */
  public IngestResult ingest(Batch batch) {
    try {
      List<CallFolder.Change> changes =
          store.inTransaction(r -> store(r, batch.frames(), batch.messages()));
      return new IngestResult(
          serverId, batch.messages(), changes, batch.boundaries(), batch.counts());
    } catch (RuntimeException e) {
      folder.reset();
      throw e;
    }
  }

  /** Appends raw messages alone, in their own transaction (before folding them one by one). */
  public void storeRaw(List<ReceivedMessage> messages) {
    store.inTransaction(
        r -> {
          r.events().append(messages);
          return null;
        });
  }

  /**
   * Folds one frame of a batch whose messages are stored raw already, in its own transaction: a
   * connection boundary is recorded, a message is folded and the calls it changed are written. On
   * failure the fold forgets what it held.
   */
  public List<CallFolder.Change> foldOne(AmiFrame frame, ReceivedMessage message) {
    try {
      return store.inTransaction(
          r -> {
            if (frame.type() == AmiFrame.Type.CONNECTED) {
              r.sessions().connected(serverId, frame.sessionId(), frame.receivedAt());
              folder.preload(r.calls().open(serverId));
            } else if (frame.type() == AmiFrame.Type.DISCONNECTED) {
              r.sessions()
                  .disconnected(serverId, frame.sessionId(), frame.receivedAt(), frame.raw());
            } else {
              Set<String> unknownIds = folder.unknownIds(List.of(message));
              if (!unknownIds.isEmpty()) {
                folder.preload(r.calls().find(unknownIds));
              }
              folder.apply(message);
            }
            List<CallFolder.Change> changes = folder.drain();
            if (!changes.isEmpty()) {
              r.calls().upsert(changes.stream().map(CallFolder.Change::after).toList());
            }
            return changes;
          });
    } catch (RuntimeException e) {
      folder.reset();
      throw e;
    }
  }

  /** Flags a stored message that could not be folded with its error. */
  public void flagFoldError(ReceivedMessage message, RuntimeException error, Instant at) {
    store.inTransaction(
        r -> {
          r.events().flagFoldError(message, describe(error), at);
          return null;
        });
  }

  /**
   * Whether a failure means the database is unreachable (retry later) rather than a failure of this
   * work.
   */
  public boolean unreachable(RuntimeException failure) {
    return store.unreachable(failure);
  }

  /** The error as one line: its class and message, and where it was thrown. */
  static String describe(Throwable e) {
    StringBuilder out = new StringBuilder(e.toString());
    StackTraceElement[] trace = e.getStackTrace();
    if (trace.length > 0) {
      out.append(" at ").append(trace[0]);
    }
    return out.length() > 2000 ? out.substring(0, 2000) : out.toString();
  }

  private List<CallFolder.Change> store(
      TelephonyRepositories r, List<AmiFrame> frames, List<ReceivedMessage> messages) {
    r.events().append(messages);
    Set<String> unknownIds = folder.unknownIds(messages);
    if (!unknownIds.isEmpty()) {
      folder.preload(r.calls().find(unknownIds));
    }
    int next = 0;
    for (AmiFrame f : frames) {
      if (f.type() == AmiFrame.Type.CONNECTED) {
        r.sessions().connected(serverId, f.sessionId(), f.receivedAt());
        // calls left open by an earlier connection (or an earlier run) are closed by the resync if
        // they are gone
        folder.preload(r.calls().open(serverId));
      } else if (f.type() == AmiFrame.Type.DISCONNECTED) {
        r.sessions().disconnected(serverId, f.sessionId(), f.receivedAt(), f.raw());
      } else {
        folder.apply(messages.get(next++));
      }
    }
    List<CallFolder.Change> changes = folder.drain();
    if (!changes.isEmpty()) {
      r.calls().upsert(changes.stream().map(CallFolder.Change::after).toList());
    }
    return changes;
  }

  /**
   * Repairs calls from queue_log lines, through the fold (call only on the ingestion thread,
   * between batches). Member names map to interfaces from what the platform has seen (answered
   * calls, ring attempts).
   */
  public ReconcileReport reconcile(List<QueueLogEntry> entries, Instant from, Instant to) {
    try {
      return store.inTransaction(
          r -> {
            Set<String> ids = new HashSet<>();
            entries.stream().filter(QueueLogEntry::isCallEvent).forEach(e -> ids.add(e.callId()));
            folder.preload(r.calls().find(ids));
            folder.preload(r.calls().byQueueUniqueid(ids));
            Map<String, String> members = new HashMap<>(r.calls().memberInterfaces());
            members.putAll(folder.memberInterfaces());
            List<QueueLogReconciler.Fix> fixes =
                new QueueLogReconciler(folder, members).apply(entries);
            List<CallFolder.Change> changes = folder.drain();
            if (!changes.isEmpty()) {
              r.calls().upsert(changes.stream().map(CallFolder.Change::after).toList());
            }
            return new ReconcileReport(serverId, from, to, entries.size(), ids.size(), fixes);
          });
    } catch (RuntimeException e) {
      folder.reset();
      throw e;
    }
  }

  /** The call as the fold holds it (for the live board), if cached. */
  public Call current(String id) {
    return folder.current(id);
  }
}
