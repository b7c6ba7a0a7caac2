package org.marsad.app.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.marsad.app.alert.OwnerOnlyFiles;

/**
 * The secret that write requests present ({@code Authorization: Bearer …}), kept in
 * {@code DATA/token} with owner-only permissions and generated on first start.
 *
 * @param created true when this call generated it (the caller prints it once)
 */
public record AccessToken(String value, boolean created, Path file) {
  public static final String FILE_NAME = "token";
  private static final int BYTES = 32;

  /** Reads {@code DATA/token}, creating it with a fresh 256-bit random token when absent. */
  public static AccessToken loadOrCreate(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE_NAME);
    if (Files.exists(file)) {
      String value = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (value.length() < 16) throw new IOException(file + ": the token is too short; delete the file to get a new one");
      OwnerOnlyFiles.restrict(file);
      return new AccessToken(value, false, file);
    }
    byte[] bytes = new byte[BYTES];
    new SecureRandom().nextBytes(bytes);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    OwnerOnlyFiles.writeAtomically(file, (value + "\n").getBytes(StandardCharsets.UTF_8));
    return new AccessToken(value, true, file);
  }

  @Override
  public String toString() { // keep the secret out of logs
    return "AccessToken[file=" + file + ", created=" + created + "]";
  }
}
