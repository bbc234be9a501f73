package gov.hotline.infra.db.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.TestDatabase;
import gov.hotline.telephony.domain.AmiMessage;
import gov.hotline.telephony.domain.ReceivedMessage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The raw event log appends batches with COPY: every character as received, every column filled as
 * before.
 */
@Tag("db")
class JooqAmiEventLogTest {
  private static final TestDatabase db = TestDatabase.migrated("ami_event_log");
  private static final JooqTelephonyTransactions store = new JooqTelephonyTransactions(db.dsl());
  private static final Instant BEFORE_MIDNIGHT = Instant.parse("2026-11-21T23:59:59.999999Z");
  private static final Instant AFTER_MIDNIGHT = Instant.parse("2026-11-22T00:00:00.000001Z");

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void tabsBackslashesAndLineEndsAreStoredExactlyAsReceived() {
    String raw =
        "Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: Note\r\nLinkedid: 7.1\r\n"
            + "Data: C:\\path\\to\tfile \\N and \\t\r\n\r\n";

    append(message("copy-1", 1, BEFORE_MIDNIGHT, raw));

    assertThat(db.text("SELECT raw FROM telephony.ami_event WHERE server_id = 'copy-1'"))
        .isEqualTo(raw);
  }

  @Test
  void eachRowKeepsServerConnectionPositionReceiveTimeIdsAndAsteriskTimestamp() {
    append(
        message(
            "copy-2",
            42,
            BEFORE_MIDNIGHT,
            "Event: Newchannel\r\nPrivilege: call,all\r\n"
                + "Timestamp: 1795291379.662183\r\nUniqueid: 8.2\r\nLinkedid: 8.1\r\n\r\n"));

    assertThat(
            db.text(
                "SELECT concat_ws('|', session_id, seq, kind, name, linkedid, uniqueid, "
                    + "to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), "
                    + "extract(epoch FROM event_at)::numeric(20,6), flags) FROM telephony.ami_event WHERE server_id = 'copy-2'"))
        .isEqualTo("7|42|EVENT|Newchannel|8.1|8.2|2026-11-21 23:59:59.999999|1795291379.662183|0");
  }

  @Test
  void aBatchAcrossMidnightUtcLandsInTheDaysItWasReceived() {
    append(
        message("copy-3", 1, BEFORE_MIDNIGHT, "Event: Hangup\r\nLinkedid: 9.1\r\n\r\n"),
        message("copy-3", 2, AFTER_MIDNIGHT, "Event: Hangup\r\nLinkedid: 9.2\r\n\r\n"));

    assertThat(
            db.number(
                "SELECT count(*) FROM telephony.ami_event_20261121 WHERE server_id = 'copy-3'"))
        .isEqualTo(1);
    assertThat(
            db.number(
                "SELECT count(*) FROM telephony.ami_event_20261122 WHERE server_id = 'copy-3'"))
        .isEqualTo(1);
  }

  @Test
  void aMissingHeaderIsNullAndAnUnknownEventIsFlagged() {
    append(message("copy-4", 1, BEFORE_MIDNIGHT, "Event: FooBarFromTheFuture\r\nFoo: bar\r\n\r\n"));

    assertThat(
            db.text(
                "SELECT concat_ws('|', coalesce(linkedid, 'null'), coalesce(event_at::text, 'null'), flags) "
                    + "FROM telephony.ami_event WHERE server_id = 'copy-4'"))
        .isEqualTo("null|null|8");
  }

  private static ReceivedMessage message(String server, long seq, Instant at, String raw) {
    return new ReceivedMessage(server, 7, seq, at, 0, AmiMessage.parse(raw));
  }

  private static void append(ReceivedMessage... messages) {
    store.inTransaction(
        r -> {
          r.events().append(List.of(messages));
          return null;
        });
  }
}
