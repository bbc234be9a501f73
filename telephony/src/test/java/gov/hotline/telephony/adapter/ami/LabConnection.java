package gov.hotline.telephony.adapter.ami;

import gov.hotline.telephony.domain.AmiServerConfig;
import gov.hotline.telephony.port.FrameSink;
import gov.hotline.telephony.simulator.AmiSimulator;
import gov.hotline.telephony.support.Await;
import java.time.Duration;

/** The AMI connection the adapter tests open to a simulator: the lab account, quick reconnects. */
final class LabConnection {
  private LabConnection() {}

  static AmiServerConfig config(AmiSimulator sim) {
    return new AmiServerConfig(
        "lab",
        "127.0.0.1",
        sim.port(),
        "hotline",
        "hotline-secret",
        null,
        Duration.ofMillis(200),
        Duration.ofMillis(1500));
  }

  /** A connector to {@code sim}, started and logged in. */
  static AmiConnector loggedIn(AmiSimulator sim, FrameSink sink) {
    AmiConnector connector = new AmiConnector(config(sim), sink).start();
    Await.until("logged in", () -> connector.status().connected());
    return connector;
  }
}
