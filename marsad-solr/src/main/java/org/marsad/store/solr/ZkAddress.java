package org.marsad.store.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a SolrCloud cluster's ZooKeeper ensemble is: {@code host:port[,host:port…][/chroot]},
 * as Solr's own {@code -z} option takes it.
 *
 * @param hosts  the ensemble members, {@code host:port}
 * @param chroot the znode Solr keeps its state under (e.g. {@code /solr}), or empty for the root
 */
public record ZkAddress(List<String> hosts, Optional<String> chroot) {
  public ZkAddress {
    hosts = List.copyOf(hosts);
    if (hosts.isEmpty()) throw new IllegalArgumentException("no ZooKeeper host given");
  }

  /** Parses {@code zk1:2181,zk2:2181/solr}; a missing port means 2181. */
  public static ZkAddress parse(String address) {
    if (address == null || address.isBlank()) throw new IllegalArgumentException("no ZooKeeper address given (--zk HOST:PORT[/chroot])");
    String s = address.strip();
    int slash = s.indexOf('/');
    String hostPart = slash < 0 ? s : s.substring(0, slash);
    String chroot = slash < 0 ? null : s.substring(slash);
    if (chroot != null && (chroot.equals("/") || chroot.endsWith("/"))) chroot = chroot.equals("/") ? null : chroot.substring(0, chroot.length() - 1);
    List<String> hosts = Arrays.stream(hostPart.split(","))
        .map(String::strip)
        .filter(h -> !h.isEmpty())
        .map(h -> h.contains(":") ? h : h + ":2181")
        .toList();
    for (String h : hosts) {
      String port = h.substring(h.lastIndexOf(':') + 1);
      if (!port.matches("\\d{1,5}")) throw new IllegalArgumentException("bad ZooKeeper host '" + h + "' in '" + address + "' (expected host:port)");
    }
    return new ZkAddress(hosts, Optional.ofNullable(chroot));
  }

  @Override
  public String toString() {
    return String.join(",", hosts) + chroot.orElse("");
  }
}
