package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.AmiRig;
import gov.hotline.infra.support.DatabaseProxy;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.simulator.AmiSimulator;
import gov.hotline.telephony.simulator.AmiTranscript;
import gov.hotline.telephony.simulator.Replay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The server's database cut (through the relay) while a call comes in: the call's AMI events land
 * in the spool file on disk at once, and once the database is back they are stored, each exactly
 * once, and the spool is empty again.
 */
@Tag("db")
@Tag("ami")
@Tag("slow")
class AmiSpoolOutageTest {
  private AmiSimulator sim;
  private DatabaseProxy proxy;
  private RunningServer server;
  private Path spool;

  @BeforeEach
  void start() {
    sim = AmiSimulator.start(AmiSimulator.Options.defaults());
    proxy = DatabaseProxy.to("127.0.0.1", 5432);
    Path dir =
        Path.of("target", "test-data", "ami-spool-" + UUID.randomUUID().toString().substring(0, 8))
            .toAbsolutePath();
    spool = dir.resolve("lab.spool");
    server =
        RunningServer.start(
            "spool_outage",
            Application.Mode.DEMO,
            Map.of(
                "HOTLINE_AMI_HOST", "127.0.0.1",
                "HOTLINE_AMI_PORT", Integer.toString(sim.port()),
                "HOTLINE_AMI_USER", "hotline",
                "HOTLINE_AMI_SECRET", "hotline-secret",
                "HOTLINE_AMI_SERVER_ID", "lab",
                "HOTLINE_AMI_PING_MS", "200",
                "HOTLINE_AMI_SPOOL_DIR", dir.toString()),
            proxy::via);
    AmiRig.await("connected to the PBX", Duration.ofSeconds(5), () -> sim.connectedSessions() == 1);
  }

  @AfterEach
  void stop() {
    proxy.restore();
    server.close();
    proxy.close();
    sim.close();
  }

  private long spooledLines() {
    try {
      return Files.exists(spool)
          ? Files.readAllLines(spool).stream().filter(l -> !l.isBlank()).count()
          : 0;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aCallDuringADatabaseOutageIsSpooledToDiskAndStoredOnceWhenTheDatabaseIsBack() {
    AmiTranscript call = Fixtures.transcript("answered");
    String id = Fixtures.truth("answered").calls().getFirst().uniqueid();
    long sent = call.events().stream().filter(e -> id.equals(e.header("Linkedid"))).count();

    proxy.cut();
    sim.play(Replay.of(call)).join();
    AmiRig.await("the call's events on disk", Duration.ofSeconds(15), () -> spooledLines() >= sent);
    proxy.restore();
    AmiRig.await(
        "the call stored once the database is back",
        Duration.ofSeconds(30),
        () ->
            server
                    .database()
                    .number(
                        "SELECT count(*) FROM telephony.call WHERE ended_at IS NOT NULL AND id = '"
                            + id
                            + "'")
                == 1);
    AmiRig.await("the spool emptied", Duration.ofSeconds(10), () -> spooledLines() == 0);

    assertThat(
            server
                .database()
                .number(
                    "SELECT count(*) FROM telephony.ami_event WHERE kind = 'EVENT' AND linkedid = '"
                        + id
                        + "'"))
        .isEqualTo(sent);
    assertThat(sim.connectedSessions()).isEqualTo(1);
  }
}
