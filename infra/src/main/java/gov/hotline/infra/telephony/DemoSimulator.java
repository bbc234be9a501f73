package gov.hotline.infra.telephony;

import gov.hotline.infra.config.TelephonyConfig;
import gov.hotline.telephony.simulator.AmiSimulator;

/** The demo's stand-in for Asterisk: the AMI simulator on loopback. */
final class DemoSimulator {
  static final String USER = "hotline";
  static final String SECRET = "demo-" + Long.toHexString(Double.doubleToLongBits(Math.random()));

  private DemoSimulator() {
  }

  static AmiSimulator start(TelephonyConfig cfg) {
    AmiSimulator sim = AmiSimulator.start(AmiSimulator.Options.defaults().port(cfg.simulatorPort())
        .credentials(USER, SECRET));
    return sim;
  }
}
