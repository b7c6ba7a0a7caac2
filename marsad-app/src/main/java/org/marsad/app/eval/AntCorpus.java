package org.marsad.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.marsad.nlp.topic.LabelledText;
import org.marsad.nlp.topic.TopicLabel;

/**
 * The ANT corpus v1.1 (JawharaFM news, 9 categories) as repackaged in
 * {@code data/ant-corpus/ant-corpus-v1.1.trec.xml.gz}: a TREC-style sequence of {@code <DOC>}
 * records whose text is not XML-escaped, so it is read line by line, not with an XML parser.
 * Split (ours, fixed): a document is TEST when the number in its DOCNO
 * ({@code JA-category-NUMBER-date}) is divisible by 5, else TRAIN. Records without a category
 * are skipped (v1.1 has one: DOCNO {@code 92}).
 */
public final class AntCorpus {
  /** The file under the shared folder. */
  public static final String PATH = "data/ant-corpus/ant-corpus-v1.1.trec.xml.gz";

  /** One record. */
  public record Doc(String docno, int number, String category, String title, String text) {
    public boolean isTest() {
      return number % 5 == 0;
    }

    public LabelledText labelled() {
      return new LabelledText(title, text, label(category));
    }
  }

  private AntCorpus() {}

  /** The taxonomy label of an ANT category (see docs/topics.md). */
  public static TopicLabel label(String category) {
    return switch (category) {
      case "culture" -> TopicLabel.CULTURE_ARTS;
      case "diverse" -> TopicLabel.OTHER;
      case "economy" -> TopicLabel.ECONOMY;
      case "internationalNews" -> TopicLabel.INTERNATIONAL;
      case "localNews" -> TopicLabel.LOCAL;
      case "politic" -> TopicLabel.POLITICS;
      case "society" -> TopicLabel.SOCIETY;
      case "sport" -> TopicLabel.SPORTS;
      case "technology" -> TopicLabel.SCIENCE_TECHNOLOGY;
      default -> throw new IllegalArgumentException("unknown ANT category: " + category);
    };
  }

  /** Reads every record; IOException names the file when it is not the expected format. */
  public static List<Doc> read(Path gz) throws IOException {
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
      String docno = null, cat = null, title = null, field = null;
      StringBuilder buf = new StringBuilder(), text = new StringBuilder();
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (t.equals("<DOC>")) {
          docno = cat = title = field = null;
          text.setLength(0);
        } else if (t.equals("</DOC>")) {
          // v1.1 has one malformed record (DOCNO "92", no CAT, no category in its DOCNO): skip such records.
          if (docno == null || cat == null) continue;
          docs.add(new Doc(docno, number(docno, gz), cat, title, text.toString().strip()));
        } else if (field == null && t.startsWith("<DOCNO>")) {
          docno = inline(t, "DOCNO");
        } else if (field == null && t.startsWith("<CAT>")) {
          cat = inline(t, "CAT");
        } else if (field == null && t.startsWith("<TITLE>")) {
          if (t.endsWith("</TITLE>")) title = inline(t, "TITLE");
          else { field = "TITLE"; buf.setLength(0); buf.append(t.substring(7)).append(' '); }
        } else if (field == null && t.equals("<TEXT>")) {
          field = "TEXT";
        } else if ("TEXT".equals(field)) {
          if (t.equals("</TEXT>")) field = null;
          else if (!t.isEmpty()) text.append(t).append('\n');
        } else if ("TITLE".equals(field)) {
          if (t.endsWith("</TITLE>")) { buf.append(t, 0, t.length() - 8); title = buf.toString().strip(); field = null; }
          else buf.append(t).append(' ');
        }
      }
    }
    if (docs.isEmpty()) throw new IOException(gz + ": no <DOC> records");
    return docs;
  }

  private static String inline(String line, String tag) {
    String open = "<" + tag + ">", close = "</" + tag + ">";
    int s = line.indexOf(open) + open.length();
    int e = line.lastIndexOf(close);
    return (e >= s ? line.substring(s, e) : line.substring(s)).strip();
  }

  private static int number(String docno, Path gz) throws IOException {
    String[] parts = docno.split("-");
    try {
      return Integer.parseInt(parts[parts.length - 2]);
    } catch (RuntimeException e) {
      throw new IOException(gz + ": DOCNO without a number: " + docno);
    }
  }
}
