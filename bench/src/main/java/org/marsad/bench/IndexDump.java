package org.marsad.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Everything an embedded index holds, written in a form that does not depend on how documents
 * were split into segments or in which order they were added: for each article (by its content
 * id) its stored fields, doc values and norms, and for each field every term with the article ids,
 * frequencies, positions and offsets of its postings. Two ingests whose dumps are the same byte
 * for byte indexed the same thing ({@code cmp a.txt b.txt}); a one-line SHA-256 per field is
 * printed so a difference can be found quickly. Reads the index with Lucene directly (the
 * store's API hides it), so it also works on an index written by an older jar.
 *
 * <p>Usage: {@code bench/run IndexDump --index DATA/index --out FILE}
 */
public final class IndexDump {
  private IndexDump() {}

  public static void main(String[] args) throws Exception {
    Path index = Path.of(BenchArgs.required(args, "--index"));
    Path out = Path.of(BenchArgs.required(args, "--out"));
    try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir);
         BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      // Global doc number -> content id, so postings are written by id, not by doc number.
      String[] ids = new String[reader.maxDoc()];
      for (LeafReaderContext leaf : reader.leaves()) {
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          ids[leaf.docBase + d] = leaf.reader().storedFields().document(d).get("id");
        }
      }
      FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
      List<String> fields = new ArrayList<>();
      for (FieldInfo fi : infos) fields.add(fi.name);
      fields.sort(null);
      w.write("docs " + reader.numDocs() + " maxDoc " + reader.maxDoc() + "\n");
      for (String f : fields) {
        FieldInfo fi = infos.fieldInfo(f);
        w.write("field " + f + " index=" + fi.getIndexOptions() + " dv=" + fi.getDocValuesType() + " norms=" + !fi.omitsNorms()
            + " vectors=" + fi.hasVectors() + " points=" + fi.getPointDimensionCount() + "\n");
      }
      stored(reader, w);
      for (String f : fields) {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        StringBuilder section = new StringBuilder();
        postings(reader, f, ids, section);
        docValuesAndNorms(reader, infos.fieldInfo(f), section);
        sha.update(section.toString().getBytes(StandardCharsets.UTF_8));
        w.write(section.toString());
        System.out.println(f + " " + HexFormat.of().formatHex(sha.digest()));
      }
    }
  }

  private static void stored(DirectoryReader reader, BufferedWriter w) throws Exception {
    TreeMap<String, String> byId = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (LeafReaderContext leaf : reader.leaves()) {
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        Document doc = leaf.reader().storedFields().document(d);
        StringBuilder b = new StringBuilder();
        for (IndexableField f : doc.getFields()) {
          BytesRef bin = f.binaryValue();
          String v = bin != null ? HexFormat.of().formatHex(bin.bytes, bin.offset, bin.length)
              : f.numericValue() != null ? f.numericValue().toString() : f.stringValue();
          b.append("  ").append(f.name()).append('=').append(v).append('\n');
        }
        byId.put(doc.get("id"), b.toString());
      }
    }
    for (var e : byId.entrySet()) {
      String s = "stored " + e.getKey() + "\n" + e.getValue();
      sha.update(s.getBytes(StandardCharsets.UTF_8));
      w.write(s);
    }
    System.out.println("(stored fields) " + HexFormat.of().formatHex(sha.digest()));
  }

  private static void postings(DirectoryReader reader, String field, String[] ids, StringBuilder out) throws Exception {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) return;
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      out.append("term ").append(field).append(' ').append(t.utf8ToString()).append(" df=").append(te.docFreq())
          .append(" ttf=").append(te.totalTermFreq()).append('\n');
      pe = te.postings(pe, PostingsEnum.ALL);
      TreeMap<String, String> byId = new TreeMap<>();
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        StringBuilder b = new StringBuilder().append(pe.freq()).append(':');
        if (terms.hasPositions()) {
          for (int i = 0; i < pe.freq(); i++) {
            b.append(' ').append(pe.nextPosition());
            if (terms.hasOffsets()) b.append('[').append(pe.startOffset()).append(',').append(pe.endOffset()).append(']');
          }
        }
        byId.put(ids[d], b.toString());
      }
      byId.forEach((id, p) -> out.append("  ").append(id).append(' ').append(p).append('\n'));
    }
  }

  private static void docValuesAndNorms(DirectoryReader reader, FieldInfo fi, StringBuilder out) throws Exception {
    TreeMap<String, String> byId = new TreeMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      String[] values = new String[r.maxDoc()];
      DocValuesType type = fi.getDocValuesType();
      if (type == DocValuesType.NUMERIC) {
        NumericDocValues dv = r.getNumericDocValues(fi.name);
        if (dv != null) for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) values[d] = "num " + dv.longValue();
      } else if (type == DocValuesType.SORTED) {
        SortedDocValues dv = r.getSortedDocValues(fi.name);
        if (dv != null) for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) values[d] = "sorted " + dv.lookupOrd(dv.ordValue()).utf8ToString();
      } else if (type == DocValuesType.SORTED_SET) {
        SortedSetDocValues dv = r.getSortedSetDocValues(fi.name);
        if (dv != null) {
          for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
            StringBuilder b = new StringBuilder("set");
            for (int i = 0; i < dv.docValueCount(); i++) b.append(" [").append(dv.lookupOrd(dv.nextOrd()).utf8ToString()).append(']');
            values[d] = b.toString();
          }
        }
      } else if (type == DocValuesType.BINARY) {
        BinaryDocValues dv = r.getBinaryDocValues(fi.name);
        if (dv != null) for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) values[d] = "bin " + dv.binaryValue().utf8ToString();
      }
      NumericDocValues norms = fi.hasNorms() ? r.getNormValues(fi.name) : null;
      if (norms != null) {
        for (int d = norms.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = norms.nextDoc()) {
          values[d] = (values[d] == null ? "" : values[d] + " ") + "norm " + norms.longValue();
        }
      }
      for (int d = 0; d < r.maxDoc(); d++) {
        if (values[d] != null) byId.put(r.storedFields().document(d).get("id"), values[d]);
      }
    }
    byId.forEach((id, v) -> out.append("values ").append(fi.name).append(' ').append(id).append(' ').append(v).append('\n'));
  }
}
