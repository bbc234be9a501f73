package gov.hotline.telephony.support;

import gov.hotline.telephony.domain.CallSurvey;
import gov.hotline.telephony.port.AgentOperationLog;
import gov.hotline.telephony.port.AgentSeats;
import gov.hotline.telephony.port.AmiEventLog;
import gov.hotline.telephony.port.AmiSessionLog;
import gov.hotline.telephony.port.BoardSettings;
import gov.hotline.telephony.port.CallRepository;
import gov.hotline.telephony.port.CallSurveys;
import gov.hotline.telephony.port.QaRepository;
import gov.hotline.telephony.port.RecordingAccessLog;
import gov.hotline.telephony.port.RecordingRepository;
import gov.hotline.telephony.port.TelephonyRepositories;
import gov.hotline.telephony.port.TelephonyTransactions;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Survey answers kept in memory, for the telephony module's own tests of the FastAGI script (infra's tests store
 * them in PostgreSQL). Only {@link #surveys()} exists here.
 */
public final class MemorySurveyStore implements TelephonyTransactions, TelephonyRepositories, CallSurveys {
  private final Map<String, CallSurvey> answers = new ConcurrentHashMap<>();

  public Map<String, CallSurvey> answers() {
    return Map.copyOf(answers);
  }

  @Override
  public <T> T inTransaction(Function<TelephonyRepositories, T> work) {
    return work.apply(this);
  }

  @Override
  public boolean addIfAbsent(CallSurvey survey) {
    return answers.putIfAbsent(survey.callId(), survey) == null;
  }

  @Override
  public Optional<CallSurvey> byCallId(String callId) {
    return Optional.ofNullable(answers.get(callId));
  }

  @Override
  public List<CallSurvey> byCallIds(Collection<String> callIds) {
    return callIds.stream().map(answers::get).filter(a -> a != null).toList();
  }

  @Override
  public CallSurveys surveys() {
    return this;
  }

  @Override
  public AmiEventLog events() {
    throw new UnsupportedOperationException();
  }

  @Override
  public CallRepository calls() {
    throw new UnsupportedOperationException();
  }

  @Override
  public AmiSessionLog sessions() {
    throw new UnsupportedOperationException();
  }

  @Override
  public RecordingRepository recordings() {
    throw new UnsupportedOperationException();
  }

  @Override
  public RecordingAccessLog recordingAccess() {
    throw new UnsupportedOperationException();
  }

  @Override
  public AgentSeats seats() {
    throw new UnsupportedOperationException();
  }

  @Override
  public AgentOperationLog operations() {
    throw new UnsupportedOperationException();
  }

  @Override
  public BoardSettings boardSettings() {
    throw new UnsupportedOperationException();
  }

  @Override
  public QaRepository qa() {
    throw new UnsupportedOperationException();
  }
}
