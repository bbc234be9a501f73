package gov.hotline.infra.db.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Only a database that cannot be reached is worth waiting for: ingestion retries the same batch
 * then, and folds message by message for every other failure.
 */
class StoreUnreachableTest {
  private final JooqTelephonyTransactions store =
      new JooqTelephonyTransactions(DSL.using(SQLDialect.POSTGRES));

  @Test
  void aLostConnectionAnExhaustedPoolAndAShuttingDownServerAreUnreachable() {
    assertThat(
            store.unreachable(
                new DataAccessException("io", new SQLException("connection lost", "08006"))))
        .isTrue();
    assertThat(
            store.unreachable(
                new DataAccessException(
                    "pool",
                    new SQLTransientConnectionException(
                        "Connection is not available, request timed out after 30000ms"))))
        .isTrue();
    assertThat(
            store.unreachable(
                new DataAccessException("admin", new SQLException("terminating", "57P01"))))
        .isTrue();
  }

  @Test
  void aBugOrAConstraintIsNotUnreachable() {
    assertThat(store.unreachable(new NullPointerException("o is null"))).isFalse();
    assertThat(
            store.unreachable(
                new DataAccessException("dup", new SQLException("duplicate key", "23505"))))
        .isFalse();
  }

  @Test
  void aRefusedConnectionToARealServerIsUnreachable() {
    var refused = new PGSimpleDataSource();
    refused.setUrl("jdbc:postgresql://127.0.0.1:1/none");
    refused.setConnectTimeout(2);
    JooqTelephonyTransactions away =
        new JooqTelephonyTransactions(DSL.using(refused, SQLDialect.POSTGRES));
    RuntimeException failure = null;
    try {
      away.inTransaction(r -> r.calls().byId("x"));
    } catch (RuntimeException e) {
      failure = e;
    }

    assertThat(failure).isNotNull();
    assertThat(away.unreachable(failure)).isTrue();
  }
}
