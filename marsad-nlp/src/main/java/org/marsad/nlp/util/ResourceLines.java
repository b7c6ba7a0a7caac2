package org.marsad.nlp.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a UTF-8 word or rule list shipped as a resource: non-blank lines, stripped, {@code #}
 * comment lines skipped. The one loader of Marsad's data files, so that they all read alike.
 */
public final class ResourceLines {
  private ResourceLines() {}

  /** The lines of resource {@code name}, relative to {@code owner}'s package unless it starts with {@code /}. */
  public static List<String> read(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException(name + " missing from the classpath");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line; (line = r.readLine()) != null; ) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to load " + name, e);
    }
  }
}
