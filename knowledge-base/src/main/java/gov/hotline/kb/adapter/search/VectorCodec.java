package gov.hotline.kb.adapter.search;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/** A vector as a stored string (base64 of little-endian floats), the same in both engines. */
public final class VectorCodec {
  private VectorCodec() {}

  public static String encode(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float x : v) {
      b.putFloat(x);
    }
    return Base64.getEncoder().encodeToString(b.array());
  }

  public static float[] decode(String s) {
    ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(s)).order(ByteOrder.LITTLE_ENDIAN);
    float[] v = new float[b.remaining() / 4];
    for (int i = 0; i < v.length; i++) {
      v[i] = b.getFloat();
    }
    return v;
  }
}
