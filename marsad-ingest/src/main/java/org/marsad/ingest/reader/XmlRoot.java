package org.marsad.ingest.reader;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The name of an XML document's root element, from its first bytes (for a one-line reason). */
public final class XmlRoot {
  /** The first start tag that is not a declaration, processing instruction or comment. */
  private static final Pattern START_TAG = Pattern.compile("<([A-Za-z_][A-Za-z0-9_:.\\-]*)");
  private static final Pattern SKIPPED = Pattern.compile("(?s)<\\?.*?\\?>|<!--.*?-->|<![^>]*>");

  private XmlRoot() {}

  /** The root element's name in lower case, or {@code "?"} when the head shows none. */
  public static String of(byte[] head) {
    // ISO-8859-1 maps bytes one to one: element names of feeds are ASCII in any charset.
    String text = SKIPPED.matcher(new String(head, StandardCharsets.ISO_8859_1)).replaceAll("");
    Matcher m = START_TAG.matcher(text);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "?";
  }
}
