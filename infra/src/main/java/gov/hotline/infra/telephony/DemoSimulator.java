package gov.hotline.infra.telephony;

import gov.hotline.infra.config.TelephonyConfig;
import gov.hotline.telephony.simulator.AmiSimulator;
import gov.hotline.telephony.simulator.CallGenerator;
import java.util.List;

/**
 * The demo's stand-in for Asterisk: the AMI simulator on loopback with generated traffic. The
 * platform reaches it through the same Asterisk-Java client as a real Asterisk; its recordings go
 * to the platform's recordings directory, as a shared monitor spool would.
 */
final class DemoSimulator {
  static final String USER = "hotline";
  static final String SECRET = "demo-" + Long.toHexString(Double.doubleToLongBits(Math.random()));

  private DemoSimulator() {}

  /**
   * The simulator with the call generator playing demo traffic (and answering Originate) into the
   * recordings; the known callers (citizens with tickets) call again now and then, so that their
   * screen pops show their tickets.
   */
  static AmiSimulator start(TelephonyConfig cfg, List<String> knownCallers) {
    AmiSimulator sim =
        AmiSimulator.start(
            AmiSimulator.Options.defaults().port(cfg.simulatorPort()).credentials(USER, SECRET));
    CallGenerator generator =
        new CallGenerator(
                cfg.simulatorCallsPerMinute(),
                cfg.simulatorSpeed(),
                cfg.recordingsDir(),
                System.nanoTime())
            .knownCallers(knownCallers);
    sim.pbx(generator);
    sim.playForever(generator);
    return sim;
  }
}
