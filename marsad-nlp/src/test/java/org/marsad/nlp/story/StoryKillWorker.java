package org.marsad.nlp.story;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The process {@link StoryStateKillTest} kills: opens the story state of DIR, places the first N articles of
 * {@link #stream()} (those placed before are known and skipped, as an ingest re-run finds them), saves every EVERY
 * articles (printing {@code saved I}) and at the end, then prints {@code state CRC}.
 */
public final class StoryKillWorker {
  private StoryKillWorker() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]), every = Integer.parseInt(args[2]);
    List<StoryInput> stream = stream();
    StoryClusterer c = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
    for (int i = 0; i < n; i++) {
      c.assign(stream.get(i));
      if ((i + 1) % every == 0) {
        c.save(dir);
        System.out.println("saved " + (i + 1));
        System.out.flush();
      }
    }
    c.save(dir);
    System.out.println("state " + crc(c, stream.subList(0, n)));
    System.out.flush();
  }

  /** {@link StorySavePointTest}'s real reports out of date order: 200 of 2015-07-21, 80 of 2015-08-01, 200 late. */
  static List<StoryInput> stream() throws Exception {
    List<StoryInput> july = StorySavePointTest.reports("2015-07-21"), august = StorySavePointTest.reports("2015-08-01");
    List<StoryInput> out = new ArrayList<>(july.subList(0, 200));
    out.addAll(august.subList(0, 80));
    out.addAll(july.subList(200, 400));
    return out;
  }

  /** A CRC of the stories (id, articles, label), the events (id, closed, late, label) and each article's event. */
  static String crc(StoryClusterer c, List<StoryInput> stream) {
    StringBuilder b = new StringBuilder();
    for (Story s : c.stories(null, null)) b.append(s.id()).append(s.articleIds()).append(s.label()).append('\n');
    for (EventCluster e : c.events) b.append(e.id).append(e.isClosed()).append(e.late).append(e.label()).append('\n');
    for (StoryInput in : stream) b.append(in.id()).append(c.eventOf(in.id())).append('\n');
    CRC32 crc = new CRC32();
    crc.update(b.toString().getBytes(StandardCharsets.UTF_8));
    return Long.toHexString(crc.getValue()) + " " + c.stories(null, null).size();
  }
}
