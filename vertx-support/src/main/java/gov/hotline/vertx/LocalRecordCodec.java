package gov.hotline.vertx;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageCodec;

/**
 * Passes immutable records over the local event bus by reference. Records are immutable, so sharing
 * them between verticles is safe; the codec refuses the wire (a clustered bus needs a real
 * serialisation).
 */
public final class LocalRecordCodec<T> implements MessageCodec<T, T> {
  private final Class<T> type;

  private LocalRecordCodec(Class<T> type) {
    this.type = type;
  }

  /** Registers a codec as the default for each record type. */
  public static void register(EventBus bus, Class<?>... types) {
    for (Class<?> t : types) {
      registerOne(bus, t);
    }
  }

  private static <T> void registerOne(EventBus bus, Class<T> t) {
    if (!t.isRecord()) {
      throw new IllegalArgumentException(t.getName() + " is not a record");
    }
    bus.registerDefaultCodec(t, new LocalRecordCodec<>(t));
  }

  @Override
  public void encodeToWire(Buffer buffer, T t) {
    throw new UnsupportedOperationException("local-only codec for " + type.getName());
  }

  @Override
  public T decodeFromWire(int pos, Buffer buffer) {
    throw new UnsupportedOperationException("local-only codec for " + type.getName());
  }

  @Override
  public T transform(T t) {
    return t;
  }

  @Override
  public String name() {
    return "record:" + type.getName();
  }

  @Override
  public byte systemCodecID() {
    return -1;
  }
}
