package gov.hotline.telephony.port;

/** The telephony repositories bound to one transaction. */
public interface TelephonyRepositories {
  AmiEventLog events();

  CallRepository calls();

  AmiSessionLog sessions();

  RecordingRepository recordings();

  RecordingAccessLog recordingAccess();

  AgentSeats seats();

  AgentOperationLog operations();

  CallSurveys surveys();

  BoardSettings boardSettings();

  QaRepository qa();

  IngestLeases ingestLeases();
}
