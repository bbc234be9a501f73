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

  /** Complaints about agents (座席投诉) and their reviews. */
  AgentComplaints complaints();

  /** The service-hours decisions (服务时间分流), one per call. */
  ServiceHoursDecisions serviceHours();

  IngestLeases ingestLeases();
}
