package gov.hotline.infra.telephony;

import gov.hotline.telephony.adapter.agi.SurveyScript;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallFolder;
import gov.hotline.telephony.domain.CallOutcome;
import gov.hotline.telephony.domain.Direction;
import gov.hotline.telephony.domain.IngestResult;
import gov.hotline.telephony.simulator.SimSurveyCaller;
import java.util.function.Consumer;

/**
 * Demo only: after each simulated call that an agent answered, the simulated caller takes the
 * satisfaction survey over the platform's own FastAGI port, so the demo shows survey answers the
 * way Asterisk would deliver them. Most press 1, some 2 or 3, a few stay silent (decided by the
 * call id, so a replay answers alike).
 */
final class DemoSurveys implements Consumer<IngestResult> {
  private static final String[] KEYS = {"1", "1", "1", "1", "1", "1", "1", "2", "2", "3", null};

  private final String host;
  private final int port;

  DemoSurveys(String host, int port) {
    this.host = host;
    this.port = port;
  }

  @Override
  public void accept(IngestResult result) {
    for (CallFolder.Change c : result.changes()) {
      Call after = c.after();
      boolean justEnded = after.ended() && (c.before() == null || !c.before().ended());
      if (justEnded
          && after.outcome() == CallOutcome.ANSWERED
          && after.direction() == Direction.INBOUND) {
        String key = KEYS[Math.floorMod(after.id().hashCode(), KEYS.length)];
        // never on the ingestion thread: the survey is a socket conversation with the platform
        Thread.ofVirtual()
            .name("demo-survey")
            .start(
                () ->
                    SimSurveyCaller.survey(
                        host, port, SurveyScript.NAME, after.id(), after.party().number(), key));
      }
    }
  }
}
