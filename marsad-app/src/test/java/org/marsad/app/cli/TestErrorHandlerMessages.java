package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/**
 * The JDK's file-system exceptions carry the bare path as their message ("marsad: /x/y.jsonl"
 * said nothing of why); the CLI prints {@code FILE: reason}. (Denied reads cannot be staged when
 * the tests run as root, so the exceptions are built here; the messages were checked by hand as
 * an ordinary user.)
 */
class TestErrorHandlerMessages {
  @Test
  void file_system_errors_name_the_file_once_and_say_why() {
    assertThat(ErrorHandler.message(new AccessDeniedException("/data/أخبار/سانا.txt"))).isEqualTo("/data/أخبار/سانا.txt: permission denied");
    assertThat(ErrorHandler.message(new NoSuchFileException("/data/أخبار/export.jsonl"))).isEqualTo("/data/أخبار/export.jsonl: no such file or directory");
    assertThat(ErrorHandler.message(new FileSystemException("/data/أخبار", null, "Read-only file system")))
        .isEqualTo("/data/أخبار: Read-only file system");
    assertThat(ErrorHandler.reason(new AccessDeniedException("/data/أخبار/سانا.txt"))).isEqualTo("permission denied");
    assertThat(ErrorHandler.message(new IOException("مساحة القرص ممتلئة"))).isEqualTo("مساحة القرص ممتلئة");
  }
}
