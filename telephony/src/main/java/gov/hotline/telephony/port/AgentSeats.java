package gov.hotline.telephony.port;

import gov.hotline.telephony.domain.Seat;
import java.util.List;
import java.util.Optional;

/** Who sits at which interface. One interface per user, one user per interface. */
public interface AgentSeats {
  /** Seats the user at the interface, replacing whatever either had. */
  void seat(Seat seat);

  void release(String username);

  Optional<Seat> byUsername(String username);

  Optional<Seat> byInterface(String iface);

  List<Seat> all();
}
