package gov.hotline.core.ticket;

import static gov.hotline.core.error.DomainErrors.domainErrorOf;
import static gov.hotline.core.org.Units.BUR_CGZF;
import static gov.hotline.core.org.Units.HD;
import static gov.hotline.core.org.Units.STR_QH;
import static gov.hotline.core.org.Units.STR_QH_C1;
import static gov.hotline.core.org.Units.STR_ZGC;
import static gov.hotline.core.ticket.Tickets.aReceivedTicket;
import static gov.hotline.core.user.Actors.handlerOf;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.Units;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Actors;
import gov.hotline.core.user.Role;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TicketAccessTest {

  private static final Map<Role, Supplier<Actor>> HOTLINE_STAFF =
      Map.of(
          Role.AGENT,
          Actors::agent,
          Role.TEAM_LEAD,
          Actors::teamLead,
          Role.DISPATCHER,
          Actors::dispatcher,
          Role.MANAGER,
          Actors::manager,
          Role.ADMIN,
          Actors::admin);

  private final TicketAccess access = new TicketAccess(Units.haidian());

  @Test
  void aUnitSeesATicketItLeads() {
    assertThat(access.canView(handlerOf(STR_QH), ledBy(STR_QH))).isTrue();
  }

  @Test
  void aStreetSeesATicketLedByOneOfItsCommunities() {
    assertThat(access.canView(handlerOf(STR_QH), ledBy(STR_QH_C1))).isTrue();
  }

  @Test
  void aUnitSeesATicketItAssistsWith() {
    Ticket t = aReceivedTicket().status(TicketStatus.DISPATCHED).ledBy(STR_ZGC, BUR_CGZF).build();

    assertThat(access.canView(handlerOf(BUR_CGZF), t)).isTrue();
  }

  @Test
  void aStreetSeesATicketItsCommunityAssistsWith() {
    Ticket t = aReceivedTicket().status(TicketStatus.DISPATCHED).ledBy(BUR_CGZF, STR_QH_C1).build();

    assertThat(access.canView(handlerOf(STR_QH), t)).isTrue();
  }

  @Test
  void aUnitDoesNotSeeATicketOfAnotherStreet() {
    assertThat(access.canView(handlerOf(STR_ZGC), ledBy(STR_QH_C1))).isFalse();
  }

  @Test
  void aCommunityDoesNotSeeATicketLedByItsStreet() {
    assertThat(access.canView(handlerOf(STR_QH_C1), ledBy(STR_QH))).isFalse();
  }

  @Test
  void theDistrictSeesEveryTicketOfItsUnits() {
    assertThat(access.canView(handlerOf(HD), ledBy(STR_QH_C1))).isTrue();
  }

  @Test
  void noUnitSeesATicketThatIsNotDispatched() {
    assertThat(access.canView(handlerOf(HD), aReceivedTicket().build())).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = "UNIT_HANDLER", mode = EnumSource.Mode.EXCLUDE)
  void hotlineStaffSeeEveryTicket(Role role) {
    assertThat(access.canView(HOTLINE_STAFF.get(role).get(), ledBy(STR_QH_C1))).isTrue();
  }

  @Test
  void requiringViewOfAnotherUnitsTicketIsForbidden() {
    DomainException e = domainErrorOf(() -> access.requireView(handlerOf(STR_ZGC), ledBy(STR_QH)));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(e.getMessage()).isEqualTo("无权查看该工单：工单不属于本单位");
  }

  @Test
  void aConfidentialCallerIsHiddenFromTheUnitEntirely() {
    Ticket t =
        aReceivedTicket().confidential().status(TicketStatus.DISPATCHED).ledBy(STR_QH).build();

    assertThat(access.visibleCaller(handlerOf(STR_QH), t)).isEqualTo(new Caller(null, null, true));
  }

  @Test
  void aConfidentialCallerIsStillVisibleToTheAgentWhoCallsBack() {
    Ticket t = aReceivedTicket().confidential().build();

    assertThat(access.visibleCaller(Actors.agent(), t))
        .isEqualTo(new Caller("张三", "13812345678", true));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"DISPATCHER", "MANAGER", "ADMIN"})
  void rolesThatDoNotCallCitizensSeeTheNameButAMaskedPhone(Role role) {
    Caller seen = access.visibleCaller(HOTLINE_STAFF.get(role).get(), aReceivedTicket().build());

    assertThat(seen).isEqualTo(new Caller("张三", "138****5678", false));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"AGENT", "TEAM_LEAD"})
  void agentsAndTeamLeadsSeeTheFullPhoneToCallTheCitizenBack(Role role) {
    Caller seen = access.visibleCaller(HOTLINE_STAFF.get(role).get(), aReceivedTicket().build());

    assertThat(seen.phone()).isEqualTo("13812345678");
  }

  @Test
  void theLeadUnitSeesTheFullPhoneOfANonConfidentialCallerToContactThem() {
    Ticket t = aReceivedTicket().status(TicketStatus.DISPATCHED).ledBy(STR_QH).build();

    assertThat(access.visibleCaller(handlerOf(STR_QH), t).phone()).isEqualTo("13812345678");
  }

  @Test
  void aTicketWithoutAPhoneStaysWithoutOneWhenMasked() {
    Ticket t = aReceivedTicket().callerPhone(null).build();

    assertThat(access.visibleCaller(Actors.dispatcher(), t).phone()).isNull();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "13812345678, 138****5678",
    "+8613812345678, +86138****5678",
    "01062345678, 010****5678",
    "075512345678, 0755****5678",
    "12345, ***45",
    "110, *10",
    "12, **",
    "9, **"
  })
  void phoneNumbersAreMaskedKeepingOnlyTheEnds(String phone, String masked) {
    assertThat(TicketAccess.maskPhone(phone)).isEqualTo(masked);
  }

  @Test
  void theFullNumberNeverSurvivesMasking() {
    assertThat(TicketAccess.maskPhone("13812345678")).doesNotContain("1234");
  }

  private static Ticket ledBy(UnitId lead) {
    return aReceivedTicket().status(TicketStatus.DISPATCHED).ledBy(lead).build();
  }
}
