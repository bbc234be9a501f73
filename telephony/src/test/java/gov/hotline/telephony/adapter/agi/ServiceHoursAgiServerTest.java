package gov.hotline.telephony.adapter.agi;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.calendar.ServiceBranch;
import gov.hotline.core.calendar.ServiceHours;
import gov.hotline.core.calendar.WorkCalendar;
import gov.hotline.telephony.service.ServiceHoursService;
import gov.hotline.telephony.support.AsteriskAgiCall;
import gov.hotline.telephony.support.MemoryTelephony;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The service-hours script over the real Asterisk-Java FastAGI server, with a scripted Asterisk on
 * the other end of the socket, on the business calendar of 2026's 国庆节 (holidays 10-01…10-07, the
 * Saturday 10-10 a make-up workday 调休) and a clock set to the moment each call arrives.
 */
@Tag("ami")
class ServiceHoursAgiServerTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final WorkCalendar CALENDAR =
      WorkCalendar.builder(SHANGHAI)
          .holidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))
          .adjustedWorkday(LocalDate.of(2026, 10, 10))
          .build();
  private static final String EMERGENCY_LINE = "12345-9";
  private static final String CALL = "1795290592.0";

  private final MemoryTelephony store = new MemoryTelephony();
  private final List<ServiceBranch> counted = new CopyOnWriteArrayList<>();
  private SurveyAgiServer server;
  private int port;

  private void openAt(String beijing) {
    port = freePort();
    Clock clock = Clock.fixed(LocalDateTime.parse(beijing).atZone(SHANGHAI).toInstant(), SHANGHAI);
    ServiceHoursService hours =
        new ServiceHoursService(
            store,
            () -> CALENDAR,
            ServiceHours.parse("09:00-17:00", Set.of(EMERGENCY_LINE)),
            clock);
    server =
        SurveyAgiServer.start(
            "127.0.0.1",
            port,
            Map.of(
                ServiceHoursScript.NAME,
                new ServiceHoursScript(hours, (branch, stored) -> counted.add(branch))),
            8);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private List<String> ask(String line) {
    return AsteriskAgiCall.to(port, ServiceHoursScript.NAME + "?callid=" + CALL + "&line=" + line)
        .uniqueid(CALL)
        .run();
  }

  private static String branchSet(ServiceBranch b) {
    return "SET VARIABLE \"HOTLINE_BRANCH\" \"" + b.name() + "\"";
  }

  @Test
  void aWorkdayDuringServiceHoursGoesToTheQueueAndIsRecorded() {
    openAt("2026-11-18T10:30:00");

    List<String> sent = ask("12345");

    assertThat(sent).startsWith(branchSet(ServiceBranch.OPEN));
    assertThat(store.decisions().get(CALL).branch()).isEqualTo(ServiceBranch.OPEN);
    assertThat(store.decisions().get(CALL).line()).isEqualTo("12345");
    assertThat(store.decisions().get(CALL).uniqueid()).isEqualTo(CALL);
  }

  @Test
  void aWorkdayAfterFiveHearsTheAfterHoursMessage() {
    openAt("2026-11-18T17:00:00");

    assertThat(ask("12345")).startsWith(branchSet(ServiceBranch.AFTER_HOURS));
    assertThat(store.decisions().get(CALL).branch()).isEqualTo(ServiceBranch.AFTER_HOURS);
  }

  @Test
  void aStatutoryHolidayWeekdayAtTenIsClosed() {
    openAt("2026-10-05T10:00:00"); // 国庆节, a Monday

    assertThat(ask("12345")).startsWith(branchSet(ServiceBranch.AFTER_HOURS));
  }

  @Test
  void aMakeUpWorkingSaturdayAtTenIsOpen() {
    openAt("2026-10-10T10:00:00"); // 调休上班

    assertThat(ask("12345")).startsWith(branchSet(ServiceBranch.OPEN));
  }

  @Test
  void aSevenByTwentyFourLineOnAHolidayGoesToTheEmergencyQueue() {
    openAt("2026-10-03T02:00:00");

    assertThat(ask(EMERGENCY_LINE)).startsWith(branchSet(ServiceBranch.EMERGENCY));
    assertThat(store.decisions().get(CALL).branch()).isEqualTo(ServiceBranch.EMERGENCY);
    assertThat(counted).containsExactly(ServiceBranch.EMERGENCY);
  }

  @Test
  void withoutALineParameterTheExtensionIsTheLine() {
    openAt("2026-11-18T10:30:00");

    AsteriskAgiCall.to(port, ServiceHoursScript.NAME + "?callid=" + CALL).uniqueid(CALL).run();

    assertThat(store.decisions().get(CALL).line()).isEqualTo("12345");
  }

  @Test
  void theFirstDecisionOfACallStands() {
    openAt("2026-11-18T10:30:00");
    ask("12345");

    ask(EMERGENCY_LINE);

    assertThat(store.decisions()).hasSize(1);
    assertThat(store.decisions().get(CALL).line()).isEqualTo("12345");
  }

  @Test
  void aStoreThatFailsStillRoutesTheCaller() {
    openAt("2026-11-18T10:30:00");
    store.failNext("serviceHours.addIfAbsent", true);

    assertThat(ask("12345")).startsWith(branchSet(ServiceBranch.OPEN));
    assertThat(store.decisions()).isEmpty();
  }

  @Test
  void aCallIdThatCannotBeOneIsRoutedButNotRecorded() {
    openAt("2026-11-18T10:30:00");

    List<String> sent =
        AsteriskAgiCall.to(port, ServiceHoursScript.NAME + "?callid=x%27%3B%20DROP").run();

    assertThat(sent).startsWith(branchSet(ServiceBranch.OPEN));
    assertThat(store.decisions()).isEmpty();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
