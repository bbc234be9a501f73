package gov.hotline.infra.support;

import gov.hotline.core.support.TcpRelay;

/**
 * A {@link TcpRelay} in front of the test PostgreSQL: {@link #cut()} is the database as the server
 * sees it when PostgreSQL stops.
 */
public final class DatabaseProxy extends TcpRelay {
  private DatabaseProxy(String host, int port) {
    super(host, port);
  }

  public static DatabaseProxy to(String host, int port) {
    return new DatabaseProxy(host, port);
  }
}
