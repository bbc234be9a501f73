package gov.hotline.core.ticket;

import static gov.hotline.core.ShanghaiTime.at;
import static gov.hotline.core.error.DomainErrors.domainErrorOf;
import static gov.hotline.core.org.Units.STR_QH;
import static gov.hotline.core.ticket.Tickets.aReceivedTicket;
import static gov.hotline.core.user.Actors.dispatcher;
import static gov.hotline.core.user.Actors.teamLead;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.city.CityUpdate;
import gov.hotline.core.city.CityUpdateKind;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.org.Units;
import gov.hotline.core.user.Actors;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** 退市 (returning a city case to the city) and the city's 驳回 reopening it. */
class TicketLifecycleCityTest {
  private static final Instant NOW = at(2025, 10, 9, 10, 0);
  private static final Deadlines SIGN_DUE = Deadlines.NONE.withSignDueAt(NOW.plusSeconds(7200));
  private final TicketLifecycle lifecycle = Lifecycles.haidianOnTheOfficialCalendar();

  private static Ticket pendingCityCase() {
    return aReceivedTicket()
        .fromCity("SJ20251009-0001")
        .status(TicketStatus.PENDING_DISPATCH)
        .build();
  }

  @Test
  void aDispatcherReturnsACityCaseToTheCityWithAReasonFromTheList() {
    Transition t =
        lifecycle.apply(
            pendingCityCase(),
            new TicketCommand.ReturnToCity(CityReturnReason.NOT_DISTRICT, "地址属朝阳区"),
            dispatcher(),
            NOW);

    assertThat(t.after().status()).isEqualTo(TicketStatus.RETURNED_TO_CITY);
    assertThat(t.after().status().open()).isFalse();
    assertThat(t.entry().reason()).isEqualTo("非本区管辖：地址属朝阳区");
    assertThat(t.entry().details()).containsEntry("cityReturnReason", "NOT_DISTRICT");
  }

  @Test
  void aTicketTakenAtTheDistrictCannotBeReturnedToTheCity() {
    Ticket local = aReceivedTicket().status(TicketStatus.PENDING_DISPATCH).build();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    local,
                    new TicketCommand.ReturnToCity(CityReturnReason.NOT_DISTRICT, "不属本区"),
                    dispatcher(),
                    NOW));

    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(e.getMessage()).contains("只有市级派单的工单可以退市");
  }

  @Test
  void aCaseReturnedToTheCityIsReopenedWhenTheCityRejectsTheReturn() {
    Ticket returned =
        lifecycle
            .apply(
                pendingCityCase(),
                new TicketCommand.ReturnToCity(CityReturnReason.DUPLICATE, "与另一件重复"),
                dispatcher(),
                NOW)
            .after();

    Transition t =
        lifecycle.apply(returned, new TicketCommand.Reopen("市级平台驳回：请属地办理"), dispatcher(), NOW);

    assertThat(t.after().status()).isEqualTo(TicketStatus.REOPENED);
  }

  @Test
  void theReturnToTheCityIsOfferedOnlyOnCityCases() {
    TicketAccess access = new TicketAccess(Units.haidian());

    assertThat(access.actionsNow(dispatcher(), pendingCityCase()))
        .contains(TicketAction.RETURN_TO_CITY);
    assertThat(
            access.actionsNow(
                dispatcher(), aReceivedTicket().status(TicketStatus.PENDING_DISPATCH).build()))
        .doesNotContain(TicketAction.RETURN_TO_CITY);
  }

  @Test
  void signingACityCaseProducesAnUpdateForTheCityAndALocalTicketNone() {
    Ticket city =
        aReceivedTicket()
            .fromCity("SJ20251009-0002")
            .status(TicketStatus.DISPATCHED)
            .ledBy(STR_QH)
            .deadlines(SIGN_DUE)
            .build();
    Ticket local =
        aReceivedTicket().status(TicketStatus.DISPATCHED).ledBy(STR_QH).deadlines(SIGN_DUE).build();

    Transition onCity =
        lifecycle.apply(city, new TicketCommand.Sign(), Actors.handlerOf(STR_QH), NOW);
    Transition onLocal =
        lifecycle.apply(local, new TicketCommand.Sign(), Actors.handlerOf(STR_QH), NOW);

    CityUpdate u = CityUpdate.of(onCity, onCity.after().nextVersion()).orElseThrow();
    assertThat(u.kind()).isEqualTo(CityUpdateKind.SIGNED);
    assertThat(u.idempotencyKey()).isEqualTo("SJ20251009-0002:" + (city.version() + 1));
    assertThat(CityUpdate.of(onLocal, onLocal.after().nextVersion())).isEmpty();
  }

  @Test
  void urgingACityCaseSendsTheCityNothing() {
    Ticket city =
        aReceivedTicket()
            .fromCity("SJ20251009-0003")
            .status(TicketStatus.DISPATCHED)
            .ledBy(STR_QH)
            .deadlines(SIGN_DUE)
            .build();

    Transition t = lifecycle.apply(city, new TicketCommand.Urge("请尽快"), teamLead(), NOW);

    assertThat(CityUpdate.of(t, t.after().nextVersion())).isEmpty();
  }

  @Test
  void staffCannotTakeInATicketOnTheCityChannel() {
    DomainException e =
        domainErrorOf(
            () ->
                NewTicket.of(
                    Channel.CITY,
                    "王女士",
                    "13911112222",
                    null,
                    AppealType.COMPLAINT,
                    "CJ01",
                    null,
                    "小区停水",
                    null,
                    false));

    assertThat(e.code()).isEqualTo("CITY_CHANNEL_RESERVED");
  }
}
