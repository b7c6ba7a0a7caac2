package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The tar the damaged-tar tests break: ten real articles as crawled pages, and where each entry's header starts. */
final class TarOfArticles {
  static final int BLOCK = 512;

  private TarOfArticles() {}

  /** Ten articles as crawled pages, {@code articles/01.html} to {@code articles/10.html}. */
  static List<Object[]> tenArticles() {
    List<Object[]> entries = new ArrayList<>();
    for (int i = 1; i <= 10; i++) entries.add(new Object[] {name(i), RealArticles.page(i)});
    return entries;
  }

  static String name(int i) {
    return String.format("articles/%02d.html", i);
  }

  /** The offset of the header naming {@code name}; a header always starts a 512-byte block. */
  static int header(byte[] tar, String name) {
    int at = Fixtures.indexOf(tar, name.getBytes(StandardCharsets.US_ASCII));
    assertThat(at % BLOCK).as("a header starts a block").isZero();
    return at;
  }
}
