package gov.hotline.infra.db.telephony;

import gov.hotline.infra.db.DatabaseUnreachable;
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
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Opens telephony transactions; each use case gets repositories bound to one transaction. */
public final class JooqTelephonyTransactions implements TelephonyTransactions {
  private final DSLContext root;
  private final AmiEventPartitions partitions;

  public JooqTelephonyTransactions(DSLContext root) {
    this.root = root;
    this.partitions = new AmiEventPartitions(root);
  }

  @Override
  public <T> T inTransaction(Function<TelephonyRepositories, T> work) {
    return root.transactionResult(cfg -> work.apply(new Bound(DSL.using(cfg), partitions)));
  }

  @Override
  public boolean unreachable(RuntimeException failure) {
    return DatabaseUnreachable.causedBy(failure);
  }

  private record Bound(DSLContext db, AmiEventPartitions partitions)
      implements TelephonyRepositories {
    @Override
    public AmiEventLog events() {
      return new JooqAmiEventLog(db, partitions);
    }

    @Override
    public CallRepository calls() {
      return new JooqCallRepository(db);
    }

    @Override
    public AmiSessionLog sessions() {
      return new JooqAmiSessionLog(db);
    }

    @Override
    public RecordingRepository recordings() {
      return new JooqRecordingRepository(db);
    }

    @Override
    public RecordingAccessLog recordingAccess() {
      return new JooqRecordingAccessLog(db);
    }

    @Override
    public AgentSeats seats() {
      return new JooqAgentSeats(db);
    }

    @Override
    public AgentOperationLog operations() {
      return new JooqAgentOperationLog(db);
    }

    @Override
    public CallSurveys surveys() {
      return new JooqCallSurveys(db);
    }

    @Override
    public BoardSettings boardSettings() {
      return new JooqBoardSettings(db);
    }

    @Override
    public QaRepository qa() {
      return new JooqQaRepository(db);
    }

    @Override
    public AgentComplaints complaints() {
      return new JooqAgentComplaints(db);
    }

    @Override
    public ServiceHoursDecisions serviceHours() {
      return new JooqServiceHoursDecisions(db);
    }

    @Override
    public IngestLeases ingestLeases() {
      return new JooqIngestLeases(db);
    }
  }
}
