package org.marsad.nlp.anatomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a UTF-8 resource next to this class: non-blank lines, {@code #} comments skipped. */
final class ResourceLines {
  private ResourceLines() {}

  static List<String> read(String name) {
    try (InputStream in = ResourceLines.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException(name + " missing from the classpath");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to load " + name, e);
    }
  }
}
