package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TestServeCommand {
  @TempDir Path data;

  @Test
  void help_lists_the_options() {
    StringWriter out = new StringWriter();
    CommandLine cl = MarsadCli.commandLine();
    cl.setOut(new PrintWriter(out));
    assertThat(cl.execute("serve", "--help")).isZero();
    assertThat(out.toString()).contains("--data", "--host", "--port", "127.0.0.1", "7070");
  }

  @Test
  void first_start_prints_the_new_token_once_and_binds_loopback() throws Exception {
    ServeCommand cmd = new ServeCommand();
    new CommandLine(cmd).parseArgs("--data", data.toString(), "--port", "0");
    StringWriter first = new StringWriter();
    String token;
    int port;
    try (RunningServer r = cmd.start(new PrintWriter(first))) {
      token = Files.readString(data.resolve("token")).strip();
      assertThat(first.toString()).contains(token).contains("http://127.0.0.1:");
      port = r.server().port();
      HttpResponse<String> status = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/status")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(status.statusCode()).isEqualTo(200);
      assertThat(status.body()).contains("\"articles\":0", "\"indexError\":null", "\"feeds\":[]");
    }
    StringWriter second = new StringWriter();
    try (RunningServer r = cmd.start(new PrintWriter(second))) {
      assertThat(second.toString()).doesNotContain(token).contains("write requests need the token in");
    }
  }

  @Test
  void a_port_in_use_is_one_readable_line_and_exit_1() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      for (String command : new String[] {"serve", "run"}) {
        StringWriter err = new StringWriter();
        CommandLine cl = MarsadCli.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = command.equals("run")
            ? cl.execute("run", "--no-feeds", "--data", data.toString(), "--port", String.valueOf(taken.getLocalPort()))
            : cl.execute("serve", "--data", data.toString(), "--port", String.valueOf(taken.getLocalPort()));
        assertThat(code).as(command).isEqualTo(MarsadCli.EXIT_BAD_INPUT);
        assertThat(err.toString().strip()).as(command).isEqualTo("marsad: port " + taken.getLocalPort() + " is in use; choose another with --port");
      }
    }
  }

  @Test
  void a_port_out_of_range_is_a_usage_error_of_one_line() {
    for (String port : new String[] {"99999", "-1"}) {
      StringWriter err = new StringWriter();
      CommandLine cl = MarsadCli.commandLine();
      cl.setErr(new PrintWriter(err));
      assertThat(cl.execute("serve", "--data", data.toString(), "--port", port)).isEqualTo(MarsadCli.EXIT_USAGE);
      assertThat(err.toString().lines().findFirst().orElse("")).isEqualTo("--port must be between 0 and 65535, got " + port);
    }
  }

  /** Session 19 QA: {@code --allowed-host http://desk.local} silently allowed the name {@code http}. */
  @Test
  @org.junit.jupiter.api.Timeout(120) // a value taken before would start a server that waits for Ctrl-C
  void an_allowed_host_that_is_no_host_name_is_a_usage_error_that_says_what_to_give() {
    java.util.Map<String, String> refused = new java.util.LinkedHashMap<>();
    refused.put("http://desk.local", "a URL, not a host name: give desk.local");
    refused.put("https://user@desk.local:8443/marsad/", "a URL, not a host name: give desk.local");
    refused.put("desk.local/marsad", "not a host name (letters, digits, '-', '_' and '.' only; no path, user, wildcard or space)");
    refused.put("*.example.org", "not a host name (letters, digits, '-', '_' and '.' only; no path, user, wildcard or space)");
    refused.put(" ", "an empty name");
    refused.put("fe80::1", "an IPv6 address is written in brackets: [fe80::1]");
    refused.put("مرصد.example", "browsers send a non-ASCII name in its xn-- form: give xn--ugbdm6d.example");
    // the form browsers send (UTS #46), not java.net.IDN's older one (strasse.de); no wrong suggestion
    refused.put("straße.de", "browsers send a non-ASCII name in its xn-- form: give xn--strae-oqa.de");
    refused.put("desk.local:٨٠٨٠", "browsers send a non-ASCII name in its xn-- form");
    for (var e : refused.entrySet()) {
      for (String command : new String[] {"serve", "run"}) {
        StringWriter err = new StringWriter();
        CommandLine cl = MarsadCli.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(command, "--data", data.toString(), "--port", "0", "--allowed-host", "desk.local", "--allowed-host", e.getKey());
        assertThat(code).as(command + " " + e.getKey()).isEqualTo(MarsadCli.EXIT_USAGE);
        assertThat(err.toString().lines().findFirst().orElse("")).as(command)
            .isEqualTo("--allowed-host takes a host name such as news.example.org, got '" + e.getKey() + "': " + e.getValue());
      }
    }
    for (String name : new String[] {"desk.local", "DESK.local:8443", "news-desk.example.org.", "[fe80::1]", "[::1]:7070", "my_desk"}) {
      assertThat(org.marsad.app.http.HostGuard.whyNotAHostName(name)).as(name).isNull();
    }
  }
}
