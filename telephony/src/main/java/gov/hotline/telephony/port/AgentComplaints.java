package gov.hotline.telephony.port;

import gov.hotline.telephony.domain.complaint.AgentComplaint;
import gov.hotline.telephony.domain.complaint.ComplaintStatus;
import java.util.List;
import java.util.Optional;

/** Stored complaints about agents (座席投诉) and their reviews. */
public interface AgentComplaints {
  /** Stores a new complaint; returns it with its id. */
  AgentComplaint insert(AgentComplaint complaint);

  Optional<AgentComplaint> byId(long id);

  /**
   * Writes the review of a complaint still pending and marks its call changed (so that the traffic
   * rollup counts an upheld one); false when it was reviewed meanwhile.
   */
  boolean review(AgentComplaint reviewed);

  /** Complaints in this status (all when null), about this agent (all when null), newest first. */
  List<AgentComplaint> search(ComplaintStatus status, String agentUsername, int page, int size);

  long count(ComplaintStatus status, String agentUsername);

  /** The complaints about one call, oldest first. */
  List<AgentComplaint> ofCall(String callId);
}
