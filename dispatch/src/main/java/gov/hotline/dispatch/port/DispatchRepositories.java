package gov.hotline.dispatch.port;

import gov.hotline.core.port.Repositories;

/** The repositories bound to one transaction: core's and dispatch's own. */
public interface DispatchRepositories {
  Repositories core();

  DirectoryRepository directory();

  DecisionRepository decisions();

  ClusterRepository clusters();

  EscalationRepository escalation();

  ScanRepository scans();
}
