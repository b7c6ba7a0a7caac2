package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestAccessToken {
  @TempDir Path data;

  @Test
  void the_first_start_creates_a_random_owner_only_token_and_later_starts_reuse_it() throws Exception {
    AccessToken first = AccessToken.loadOrCreate(data);
    assertThat(first.created()).isTrue();
    assertThat(first.value()).matches("[A-Za-z0-9_-]{43}"); // 32 random bytes, base64url
    assertThat(first.toString()).doesNotContain(first.value());

    AccessToken second = AccessToken.loadOrCreate(data);
    assertThat(second.created()).isFalse();
    assertThat(second.value()).isEqualTo(first.value());

    Path other = Files.createDirectory(data.resolve("other"));
    assertThat(AccessToken.loadOrCreate(other).value()).isNotEqualTo(first.value());
  }

  @Test
  void the_token_file_is_readable_by_its_owner_only() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
    AccessToken t = AccessToken.loadOrCreate(data);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(t.file()))).isEqualTo("rw-------");
  }
}
