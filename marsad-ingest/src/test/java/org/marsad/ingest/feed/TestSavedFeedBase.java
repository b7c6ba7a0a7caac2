package org.marsad.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.CollectingSink;
import org.marsad.testkit.SharedData;

class TestSavedFeedBase {
  @Test
  void a_relative_atom_link_resolves_against_xml_base() throws Exception {
    List<String> lines = SharedData.seedText().lines().filter(l -> !l.isBlank()).toList();
    String atom = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.sa/ar/">
          <title>أخبار</title><id>urn:example:ar</id><updated>2016-08-09T10:00:00Z</updated>
          <entry>
            <title>لافروف وكيري يبحثان تعزيز وقف الأعمال القتالية</title>
            <id>urn:example:1</id><updated>2016-08-09T10:00:00Z</updated>
            <link href="news/1.html"/>
            <content type="html"><![CDATA[<p>%s</p>]]></content>
          </entry>
        </feed>
        """.formatted(String.join("</p><p>", lines));
    CollectingSink sink = new CollectingSink();
    SavedFeed.read(atom.getBytes(StandardCharsets.UTF_8), "saved.atom", sink);
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents).singleElement().satisfies(d -> assertThat(d.url()).isEqualTo("https://example.sa/ar/news/1.html"));
  }
}
