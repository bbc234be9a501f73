package gov.hotline.telephony.support;

import gov.hotline.telephony.domain.AgentOperation;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallQuery;
import gov.hotline.telephony.domain.CallSurvey;
import gov.hotline.telephony.domain.ReceivedMessage;
import gov.hotline.telephony.domain.Recording;
import gov.hotline.telephony.domain.RecordingStatus;
import gov.hotline.telephony.domain.Seat;
import gov.hotline.telephony.domain.ServiceHoursDecision;
import gov.hotline.telephony.port.AgentComplaints;
import gov.hotline.telephony.port.AgentOperationLog;
import gov.hotline.telephony.port.AgentSeats;
import gov.hotline.telephony.port.AmiEventLog;
import gov.hotline.telephony.port.AmiSessionLog;
import gov.hotline.telephony.port.BoardSettings;
import gov.hotline.telephony.port.CallRepository;
import gov.hotline.telephony.port.CallSurveys;
import gov.hotline.telephony.port.IngestLeases;
import gov.hotline.telephony.port.QaRepository;
import gov.hotline.telephony.port.RecordingAccessLog;
import gov.hotline.telephony.port.RecordingRepository;
import gov.hotline.telephony.port.ServiceHoursDecisions;
import gov.hotline.telephony.port.TelephonyRepositories;
import gov.hotline.telephony.port.TelephonyTransactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The telephony storage in memory, for the telephony module's own service tests (infra's tests use
 * PostgreSQL). Each {@link #inTransaction} works on a copy of the committed state and commits it
 * only when the work returns: a failure leaves nothing half-stored, as a rolled-back transaction
 * would. The repositories follow the jOOQ implementations in {@code infra/…/db/telephony}: the raw
 * event log refuses a message stored twice (its primary key), a fold error is flagged once, seats
 * are unique per user and per interface, searches sort as the SQL does. Board settings and quality
 * inspection are not kept here.
 *
 * <p>{@link #failNext} makes one named repository operation fail inside a transaction, to test what
 * a failed store leaves behind; the inspection methods ({@link #storedMessages()}, {@link #calls()}
 * …) read the committed state.
 */
public final class MemoryTelephony implements TelephonyTransactions, TelephonyRepositories {
  /**
   * A failure made by {@link #failNext}; {@code unreachable} when it stands for the database being
   * away.
   */
  public static final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean unreachable;

    public StoreFailure(String message, boolean unreachable) {
      super(message);
      this.unreachable = unreachable;
    }

    public boolean unreachable() {
      return unreachable;
    }
  }

  /** A message whose fold failed, as {@code telephony.ami_fold_error} keeps it. */
  public record FoldError(ReceivedMessage message, String error, Instant at) {}

  /** The key of the raw event log: {@code (server_id, received_at, session_id, seq)}. */
  private record EventKey(String serverId, Instant receivedAt, long sessionId, long seq) {
    static EventKey of(ReceivedMessage m) {
      return new EventKey(m.serverId(), m.receivedAt(), m.sessionId(), m.seq());
    }
  }

  private record SessionKey(String serverId, long sessionId) {}

  /** Everything stored; copied at the start of each transaction (values are immutable records). */
  private static final class State {
    final LinkedHashMap<EventKey, ReceivedMessage> events;
    final LinkedHashMap<EventKey, FoldError> foldErrors;
    final LinkedHashMap<String, Call> calls;
    final LinkedHashMap<SessionKey, AmiSessionLog.Session> sessions;
    final LinkedHashMap<String, Seat> seats;
    final ArrayList<AgentOperation> operations;
    final LinkedHashMap<String, Recording> recordings;
    final ArrayList<RecordingAccessLog.Access> access;
    final LinkedHashMap<String, CallSurvey> surveys;

    State() {
      this(
          new LinkedHashMap<>(),
          new LinkedHashMap<>(),
          new LinkedHashMap<>(),
          new LinkedHashMap<>(),
          new LinkedHashMap<>(),
          new ArrayList<>(),
          new LinkedHashMap<>(),
          new ArrayList<>(),
          new LinkedHashMap<>());
    }

    State(
        LinkedHashMap<EventKey, ReceivedMessage> events,
        LinkedHashMap<EventKey, FoldError> foldErrors,
        LinkedHashMap<String, Call> calls,
        LinkedHashMap<SessionKey, AmiSessionLog.Session> sessions,
        LinkedHashMap<String, Seat> seats,
        ArrayList<AgentOperation> operations,
        LinkedHashMap<String, Recording> recordings,
        ArrayList<RecordingAccessLog.Access> access,
        LinkedHashMap<String, CallSurvey> surveys) {
      this.events = events;
      this.foldErrors = foldErrors;
      this.calls = calls;
      this.sessions = sessions;
      this.seats = seats;
      this.operations = operations;
      this.recordings = recordings;
      this.access = access;
      this.surveys = surveys;
    }

    State copy() {
      return new State(
          new LinkedHashMap<>(events),
          new LinkedHashMap<>(foldErrors),
          new LinkedHashMap<>(calls),
          new LinkedHashMap<>(sessions),
          new LinkedHashMap<>(seats),
          new ArrayList<>(operations),
          new LinkedHashMap<>(recordings),
          new ArrayList<>(access),
          new LinkedHashMap<>(surveys));
    }
  }

  private State committed = new State();
  private State open;
  private final Map<String, StoreFailure> failures = new HashMap<>();
  private int transactions;

  @Override
  public synchronized <T> T inTransaction(Function<TelephonyRepositories, T> work) {
    if (open != null) {
      return work.apply(this); // nested: joins the open transaction
    }
    transactions++;
    open = committed.copy();
    try {
      T out = work.apply(this);
      committed = open;
      return out;
    } finally {
      open = null;
    }
  }

  @Override
  public boolean unreachable(RuntimeException failure) {
    return failure instanceof StoreFailure f && f.unreachable();
  }

  /**
   * Makes the next use of {@code operation} inside a transaction fail (one of {@code
   * events.append}, {@code events.flagFoldError}, {@code calls.find}, {@code calls.open}, {@code
   * calls.upsert}, {@code sessions.connected}, {@code seats.seat}, {@code operations.append},
   * {@code recordings.upsert}, {@code recordingAccess.append}); the transaction then rolls back.
   */
  public synchronized MemoryTelephony failNext(String operation, boolean unreachable) {
    failures.put(
        operation,
        new StoreFailure(
            "injected failure of " + operation + (unreachable ? " (connection refused)" : ""),
            unreachable));
    return this;
  }

  /** How many transactions were opened (committed or not). */
  public synchronized int transactions() {
    return transactions;
  }

  private State state(String operation) {
    State s = open;
    if (s == null) {
      throw new IllegalStateException(
          "MemoryTelephony: " + operation + " used outside inTransaction");
    }
    StoreFailure f = failures.remove(operation);
    if (f != null) {
      throw f;
    }
    return s;
  }

  // ---- what the tests read (committed state) ----

  /** The raw event log in the order of appending. */
  public synchronized List<ReceivedMessage> storedMessages() {
    return List.copyOf(committed.events.values());
  }

  public synchronized List<FoldError> foldErrors() {
    return List.copyOf(committed.foldErrors.values());
  }

  public synchronized Map<String, Call> storedCalls() {
    return Map.copyOf(committed.calls);
  }

  public synchronized List<AmiSessionLog.Session> storedSessions() {
    return List.copyOf(committed.sessions.values());
  }

  /** The operation log in the order of appending. */
  public synchronized List<AgentOperation> operationLog() {
    return List.copyOf(committed.operations);
  }

  public synchronized List<RecordingAccessLog.Access> accessLog() {
    return List.copyOf(committed.access);
  }

  public synchronized Map<String, CallSurvey> answers() {
    return Map.copyOf(committed.surveys);
  }

  // ---- the repositories ----

  @Override
  public AmiEventLog events() {
    return events;
  }

  @Override
  public CallRepository calls() {
    return calls;
  }

  @Override
  public AmiSessionLog sessions() {
    return sessions;
  }

  @Override
  public RecordingRepository recordings() {
    return recordings;
  }

  @Override
  public RecordingAccessLog recordingAccess() {
    return access -> state("recordingAccess.append").access.add(access);
  }

  @Override
  public AgentSeats seats() {
    return seats;
  }

  @Override
  public AgentOperationLog operations() {
    return operations;
  }

  @Override
  public CallSurveys surveys() {
    return surveys;
  }

  @Override
  public BoardSettings boardSettings() {
    throw new UnsupportedOperationException(
        "MemoryTelephony keeps no board settings (pause reasons, live settings)");
  }

  @Override
  public QaRepository qa() {
    throw new UnsupportedOperationException(
        "MemoryTelephony keeps no quality inspection (scorecards, scores)");
  }

  @Override
  public AgentComplaints complaints() {
    throw new UnsupportedOperationException(
        "MemoryTelephony keeps no complaints about agents (infra's tests use PostgreSQL)");
  }

  /**
   * Service-hours decisions, kept outside the transactional state: the first one of a call stands,
   * as in the database.
   */
  private final Map<String, ServiceHoursDecision> decisions = new ConcurrentHashMap<>();

  public Map<String, ServiceHoursDecision> decisions() {
    return Map.copyOf(decisions);
  }

  @Override
  public ServiceHoursDecisions serviceHours() {
    return new ServiceHoursDecisions() {
      @Override
      public boolean addIfAbsent(ServiceHoursDecision d) {
        state("serviceHours.addIfAbsent");
        return decisions.putIfAbsent(d.callId(), d) == null;
      }

      @Override
      public Optional<ServiceHoursDecision> byCallId(String callId) {
        return Optional.ofNullable(decisions.get(callId));
      }
    };
  }

  @Override
  public IngestLeases ingestLeases() {
    throw new UnsupportedOperationException(
        "MemoryTelephony keeps no ingestion leases (tested on PostgreSQL)");
  }

  private final AmiEventLog events =
      new AmiEventLog() {
        @Override
        public void append(List<ReceivedMessage> messages) {
          State s = state("events.append");
          for (ReceivedMessage m : messages) {
            if (s.events.putIfAbsent(EventKey.of(m), m) != null) {
              throw new StoreFailure(
                  "duplicate key value violates unique constraint \"ami_event_pkey\": "
                      + EventKey.of(m),
                  false);
            }
          }
        }

        @Override
        public void flagFoldError(ReceivedMessage message, String error, Instant at) {
          state("events.flagFoldError")
              .foldErrors
              .putIfAbsent(EventKey.of(message), new FoldError(message, error, at));
        }

        @Override
        public long count(String serverId, Instant from, Instant to) {
          return state("events.count").events.values().stream()
              .filter(
                  m ->
                      m.serverId().equals(serverId)
                          && !m.receivedAt().isBefore(from)
                          && m.receivedAt().isBefore(to))
              .count();
        }
      };

  private static final Comparator<Call> NEWEST_FIRST =
      Comparator.comparing(
              (Call c) -> c.times().startedAt(),
              Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
          .thenComparing(Call::id)
          .reversed();

  private final CallRepository calls =
      new CallRepository() {
        @Override
        public List<Call> find(Collection<String> ids) {
          State s = state("calls.find");
          return ids.stream().distinct().map(s.calls::get).filter(Objects::nonNull).toList();
        }

        @Override
        public Optional<Call> byId(String id) {
          return Optional.ofNullable(state("calls.byId").calls.get(id));
        }

        @Override
        public List<Call> open(String serverId) {
          return state("calls.open").calls.values().stream()
              .filter(c -> c.serverId().equals(serverId) && c.times().endedAt() == null)
              .toList();
        }

        @Override
        public void upsert(Collection<Call> list) {
          State s = state("calls.upsert");
          list.forEach(c -> s.calls.put(c.id(), c));
        }

        @Override
        public List<Call> search(CallQuery q) {
          return state("calls.search").calls.values().stream()
              .filter(c -> matches(c, q))
              .sorted(NEWEST_FIRST)
              .skip(q.offset())
              .limit(q.size())
              .toList();
        }

        @Override
        public long count(CallQuery q) {
          return state("calls.count").calls.values().stream().filter(c -> matches(c, q)).count();
        }

        @Override
        public List<Call> byTicketRef(String ticketNo) {
          if (ticketNo == null) {
            return List.of();
          }
          return state("calls.byTicketRef").calls.values().stream()
              .filter(c -> ticketNo.equals(c.party().ticketRef()))
              .sorted(
                  Comparator.comparing(
                      (Call c) -> c.times().startedAt(),
                      Comparator.nullsLast(Comparator.<Instant>naturalOrder())))
              .toList();
        }

        @Override
        public Map<String, String> memberInterfaces() {
          Map<String, String> out = new HashMap<>();
          state("calls.memberInterfaces").calls.values().stream()
              .filter(c -> c.agentName() != null && c.agentInterface() != null)
              .forEach(c -> out.put(c.agentName(), c.agentInterface()));
          return out;
        }

        @Override
        public List<Call> byQueueUniqueid(Collection<String> uniqueids) {
          Set<String> wanted = new HashSet<>(uniqueids);
          return state("calls.byQueueUniqueid").calls.values().stream()
              .filter(c -> c.queueUniqueid() != null && wanted.contains(c.queueUniqueid()))
              .toList();
        }
      };

  /**
   * The conditions of {@code JooqCallRepository.conditions}: a null start time matches no window
   * bound.
   */
  private static boolean matches(Call c, CallQuery q) {
    Instant started = c.times().startedAt();
    return (q.from() == null || started != null && !started.isBefore(q.from()))
        && (q.to() == null || started != null && started.isBefore(q.to()))
        && (q.queue() == null || q.queue().equals(c.queue()))
        && (q.agentInterface() == null || q.agentInterface().equals(c.agentInterface()))
        && (q.outcome() == null || q.outcome() == c.outcome())
        && (q.callerNumber() == null || q.callerNumber().equals(c.party().number()));
  }

  private final AmiSessionLog sessions =
      new AmiSessionLog() {
        @Override
        public void connected(String serverId, long sessionId, Instant at) {
          state("sessions.connected")
              .sessions
              .putIfAbsent(
                  new SessionKey(serverId, sessionId),
                  new Session(serverId, sessionId, at, null, null));
        }

        @Override
        public void disconnected(String serverId, long sessionId, Instant at, String reason) {
          state("sessions.disconnected")
              .sessions
              .computeIfPresent(
                  new SessionKey(serverId, sessionId),
                  (k, s) ->
                      s.disconnectedAt() == null
                          ? new Session(serverId, sessionId, s.connectedAt(), at, reason)
                          : s);
        }

        @Override
        public List<Session> between(String serverId, Instant from, Instant to) {
          return state("sessions.between").sessions.values().stream()
              .filter(
                  s ->
                      s.serverId().equals(serverId)
                          && s.connectedAt().isBefore(to)
                          && (s.disconnectedAt() == null || !s.disconnectedAt().isBefore(from)))
              .sorted(Comparator.comparing(Session::connectedAt))
              .toList();
        }
      };

  private final AgentSeats seats =
      new AgentSeats() {
        @Override
        public void seat(Seat seat) {
          State s = state("seats.seat");
          s.seats
              .values()
              .removeIf(
                  x -> x.iface().equals(seat.iface()) || x.username().equals(seat.username()));
          s.seats.put(seat.username(), seat);
        }

        @Override
        public void release(String username) {
          state("seats.release").seats.remove(username);
        }

        @Override
        public Optional<Seat> byUsername(String username) {
          return Optional.ofNullable(state("seats.byUsername").seats.get(username));
        }

        @Override
        public Optional<Seat> byInterface(String iface) {
          return state("seats.byInterface").seats.values().stream()
              .filter(x -> x.iface().equals(iface))
              .findFirst();
        }

        @Override
        public List<Seat> all() {
          return state("seats.all").seats.values().stream()
              .sorted(Comparator.comparing(Seat::iface))
              .toList();
        }
      };

  private final AgentOperationLog operations =
      new AgentOperationLog() {
        @Override
        public void append(AgentOperation op) {
          state("operations.append").operations.add(op);
        }

        /** Newest first: by time, then by the order of appending (the id), descending. */
        @Override
        public List<AgentOperation> search(String username, Instant from, Instant to, int limit) {
          List<AgentOperation> all = state("operations.search").operations;
          List<AgentOperation> out = new ArrayList<>();
          for (int i = all.size() - 1; i >= 0; i--) {
            AgentOperation op = all.get(i);
            if ((username == null || username.equals(op.username()))
                && (from == null || !op.at().isBefore(from))
                && (to == null || op.at().isBefore(to))) {
              out.add(op);
            }
          }
          return out.stream()
              .sorted(Comparator.comparing(AgentOperation::at).reversed())
              .limit(limit)
              .toList();
        }

        @Override
        public Optional<String> loggedInAt(String iface, Instant at) {
          List<AgentOperation> all = state("operations.loggedInAt").operations;
          AgentOperation best = null;
          for (AgentOperation op : all) {
            if (op.iface() != null
                && op.iface().equals(iface)
                && "LOGIN".equals(op.action())
                && op.success()
                && !op.at().isAfter(at)
                && (best == null || !op.at().isBefore(best.at()))) {
              best = op;
            }
          }
          return Optional.ofNullable(best).map(AgentOperation::username);
        }
      };

  private final RecordingRepository recordings =
      new RecordingRepository() {
        @Override
        public void upsert(Recording recording) {
          state("recordings.upsert").recordings.put(recording.callId(), recording);
        }

        @Override
        public Optional<Recording> byCallId(String callId) {
          return Optional.ofNullable(state("recordings.byCallId").recordings.get(callId));
        }

        @Override
        public List<Recording> byCallIds(Collection<String> callIds) {
          State s = state("recordings.byCallIds");
          return callIds.stream()
              .distinct()
              .map(s.recordings::get)
              .filter(Objects::nonNull)
              .toList();
        }

        @Override
        public List<String> unsettled(Instant endedFrom, Instant endedBefore, int limit) {
          State s = state("recordings.unsettled");
          return s.calls.values().stream()
              .filter(
                  c ->
                      c.times().endedAt() != null
                          && !c.times().endedAt().isBefore(endedFrom)
                          && c.times().endedAt().isBefore(endedBefore))
              .filter(
                  c -> {
                    Recording r = s.recordings.get(c.id());
                    return r == null || r.status() == RecordingStatus.PENDING;
                  })
              .sorted(Comparator.comparing((Call c) -> c.times().endedAt()).thenComparing(Call::id))
              .limit(limit)
              .map(Call::id)
              .toList();
        }
      };

  private final CallSurveys surveys =
      new CallSurveys() {
        @Override
        public boolean addIfAbsent(CallSurvey survey) {
          return state("surveys.addIfAbsent").surveys.putIfAbsent(survey.callId(), survey) == null;
        }

        @Override
        public Optional<CallSurvey> byCallId(String callId) {
          return Optional.ofNullable(state("surveys.byCallId").surveys.get(callId));
        }

        @Override
        public List<CallSurvey> byCallIds(Collection<String> callIds) {
          State s = state("surveys.byCallIds");
          return callIds.stream().distinct().map(s.surveys::get).filter(Objects::nonNull).toList();
        }
      };
}
