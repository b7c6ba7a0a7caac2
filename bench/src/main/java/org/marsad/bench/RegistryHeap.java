package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * What an opened entity registry holds on the heap: used heap after full collections, before and
 * after {@link EntityRegistry#open} (the registry kept reachable), with the open's wall and thread
 * CPU time. Run it once per build on the same DIR to compare what an index costs in memory.
 *
 * <p>Usage: {@code bench/run RegistryHeap DIR}
 */
public final class RegistryHeap {
  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = settledHeap(memory);
    var threads = ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
    EntityRegistry registry = EntityRegistry.open(data, Transliterator.rulesOnly());
    long wall = System.nanoTime() - t0, cpu = threads.getCurrentThreadCpuTime() - c0;
    long after = settledHeap(memory);
    System.out.printf("EntityRegistry.open: %d entities, %.0f ms (thread CPU %.0f ms), heap held %.1f MB (%.1f MB before, %.1f MB after)%n",
        registry.all().size(), wall / 1e6, cpu / 1e6, (after - before) / 1048576.0, before / 1048576.0, after / 1048576.0);
    if (registry.all().isEmpty()) System.out.println("(empty)"); // keeps the registry reachable until measured
  }

  private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
