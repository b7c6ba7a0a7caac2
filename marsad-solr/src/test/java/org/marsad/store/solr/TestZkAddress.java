package org.marsad.store.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestZkAddress {
  @Test
  void an_ensemble_with_a_chroot_is_split_into_hosts_and_chroot() {
    ZkAddress a = ZkAddress.parse("zk1:2181, zk2:2182,zk3/solr");
    assertThat(a.hosts()).containsExactly("zk1:2181", "zk2:2182", "zk3:2181");
    assertThat(a.chroot()).contains("/solr");
    assertThat(a.toString()).isEqualTo("zk1:2181,zk2:2182,zk3:2181/solr");
  }

  @Test
  void a_single_host_has_no_chroot() {
    assertThat(ZkAddress.parse("127.0.0.1:9983")).isEqualTo(new ZkAddress(List.of("127.0.0.1:9983"), Optional.empty()));
    assertThat(ZkAddress.parse("127.0.0.1:9983/").chroot()).isEmpty();
  }

  @Test
  void a_bad_port_or_no_host_is_rejected_with_the_address() {
    assertThatThrownBy(() -> ZkAddress.parse("zk1:21a81")).hasMessage("bad ZooKeeper host 'zk1:21a81' in 'zk1:21a81' (expected host:port)");
    assertThatThrownBy(() -> ZkAddress.parse(" ")).hasMessageContaining("no ZooKeeper address");
    assertThatThrownBy(() -> ZkAddress.parse("/solr")).hasMessage("no ZooKeeper host given");
  }
}
