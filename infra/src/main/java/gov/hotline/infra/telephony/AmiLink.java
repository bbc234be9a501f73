package gov.hotline.infra.telephony;

import gov.hotline.telephony.adapter.ami.AmiConnector;
import gov.hotline.telephony.service.IngestionPump;
import gov.hotline.telephony.service.IngestionQueue;
import io.vertx.core.json.JsonObject;

/** One Asterisk server's ingestion chain: reader → bounded queue → ingestion thread. */
record AmiLink(AmiConnector connector, IngestionQueue queue, IngestionPump pump) implements AutoCloseable {

  JsonObject health() {
    var s = connector.status();
    return new JsonObject().put("server", s.serverId()).put("status", s.connected() ? "UP" : "DOWN")
        .put("state", s.state()).put("since", s.since().toString()).put("reconnects", s.reconnects())
        .put("lastError", s.lastError()).put("queueDepth", queue.depth()).put("dropped", queue.dropped())
        .put("lagMs", pump.lagNanos() / 1_000_000);
  }

  @Override
  public void close() {
    connector.close();
    pump.close();
  }
}
