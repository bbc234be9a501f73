package gov.hotline.core.event;

import static gov.hotline.core.ShanghaiTime.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class EventAddressesTest {

  @Test
  void aCreatedTicketIsPublishedOnTheCreatedAddress() {
    TicketCreated e =
        new TicketCreated(1, "HD20250930-000001", "CJ01", "PHONE", null, at(2025, 9, 30, 9, 30));

    assertThat(EventAddresses.of(e)).isEqualTo("ticket.evt.created");
  }

  @Test
  void aTransitionIsPublishedOnTheTransitionedAddress() {
    TicketTransitioned e =
        new TicketTransitioned(
            1,
            "HD20250930-000001",
            "dispatch",
            "PENDING_DISPATCH",
            "DISPATCHED",
            "STR_QH",
            103,
            at(2025, 9, 30, 10, 0));

    assertThat(EventAddresses.of(e)).isEqualTo("ticket.evt.transitioned");
  }

  @Test
  void anythingElseHasNoAddress() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EventAddresses.of("not an event"))
        .withMessageContaining("java.lang.String");
  }
}
