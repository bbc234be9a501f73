package gov.hotline.telephony.adapter.ami;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.asteriskjava.AsteriskVersion;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.CoreSettingsAction;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.internal.ManagerConnectionImpl;
import org.asteriskjava.manager.response.CoreSettingsResponse;
import org.asteriskjava.manager.response.ManagerResponse;
import org.asteriskjava.util.SocketConnectionFacade;

/**
 * Asterisk-Java's manager connection with three changes, all through its extension points: the
 * socket is tapped for the raw event log; the connection never reconnects by itself (its built-in
 * loop waits a fixed 5 s and would hide outages from the supervisor, which reconnects with its own
 * backoff and resynchronises); and the version is asked once, without the retries and 500 ms sleeps
 * that cost two seconds per login on builds whose version string it does not know (e.g. {@code
 * GIT-main-…}).
 */
final class TappedManagerConnection extends ManagerConnectionImpl {
  private final UnaryOperator<SocketConnectionFacade> tap;
  private final Runnable onDisconnect;

  TappedManagerConnection(UnaryOperator<SocketConnectionFacade> tap, Runnable onDisconnect) {
    this.tap = tap;
    this.onDisconnect = onDisconnect;
  }

  @Override
  protected SocketConnectionFacade createSocket() throws IOException {
    return tap.apply(super.createSocket());
  }

  @Override
  protected AsteriskVersion determineVersion() {
    try {
      ManagerResponse r = sendAction(new CoreSettingsAction());
      if (r instanceof CoreSettingsResponse cs && cs.getAsteriskVersion() != null) {
        AsteriskVersion v =
            AsteriskVersion.getDetermineVersionFromString("Asterisk " + cs.getAsteriskVersion());
        if (v != null) {
          return v;
        }
      }
    } catch (IOException | RuntimeException | TimeoutException e) {
      // fall through to the default: the version only selects action formats, all current ones are
      // alike
    }
    return AsteriskVersion.DEFAULT_VERSION;
  }

  @Override
  public void dispatchEvent(ManagerEvent event, Integer requiredHandlingTime) {
    if (event instanceof DisconnectEvent) {
      // leave CONNECTED before the base class sees the event, so that it does not start its own
      // reconnect thread
      state = ManagerConnectionState.DISCONNECTED;
      onDisconnect.run();
    }
    super.dispatchEvent(event, requiredHandlingTime);
  }

  /** Closes the socket for good; used when the supervisor gives up on this connection. */
  void abandon() {
    state = ManagerConnectionState.DISCONNECTED;
    disconnect();
  }
}
