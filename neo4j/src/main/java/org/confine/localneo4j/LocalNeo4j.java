package org.confine.localneo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded for local use: Bolt only, on a loopback address only, no
 * authentication (which is why a non-loopback address is refused), data in the given folder.
 *
 * <p>Stops cleanly on SIGTERM/SIGINT and also when its standard input closes, so that the
 * Java process never outlives the Node launcher that started it, even if that launcher is
 * killed with SIGKILL.
 */
public final class LocalNeo4j {

  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    String host = opts.getOrDefault("host", "127.0.0.1");
    int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
    Path home = Path.of(opts.getOrDefault("data", ".data/neo4j")).toAbsolutePath();
    String pageCache = opts.getOrDefault("pagecache", "128m");
    String txMemory = opts.getOrDefault("tx-memory", "256m");

    if (!isLoopback(host)) {
      fail("refusing to listen on " + host + ": the local Neo4j runs without authentication, "
          + "so it only listens on a loopback address (127.0.0.1 or ::1)");
    }

    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(HttpsConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
          .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
              ByteUnit.parse(txMemory))
          .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
          .setConfig(GraphDatabaseSettings.udc_enabled, false)
          // A checkpoint every minute (default 15): after a crash, recovery replays the
          // transactions since the last one, so this bounds a restart's replay to a minute of
          // writes. The app's writes are small; the extra flushing is not measurable.
          .setConfig(GraphDatabaseSettings.check_point_interval_time, Duration.ofMinutes(1))
          // While a request runs, Bolt sends a keep-alive every 2 s and tells the driver to give
          // up after 2 missed ones (the connection.recv_timeout_seconds hint): a frozen or cut-off
          // database then fails a request in 4 s instead of the default 2 minutes.
          .setConfig(BoltConnector.connection_keep_alive, Duration.ofSeconds(2))
          .setConfig(BoltConnector.connection_keep_alive_probes, 2)
          .setConfig(BoltConnector.connection_keep_alive_streaming_scheduling_interval,
              Duration.ofSeconds(1))
          .build();
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      fail("Neo4j could not start: " + root.getMessage());
      return;
    }

    final DatabaseManagementService service = dbms;
    Thread stopper = new Thread(() -> {
      System.out.println("local-neo4j: stopping");
      service.shutdown();
      System.out.println("local-neo4j: stopped");
    }, "local-neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(stopper);

    System.out.println("local-neo4j: bolt://" + host + ":" + port + " data=" + home);

    // Block on stdin: EOF means the launcher is gone, so exit (the shutdown hook stops Neo4j).
    try {
      while (System.in.read() != -1) {
        // ignore input
      }
    } catch (IOException ignored) {
      // treat a broken pipe like EOF
    }
    System.exit(0);
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--") || i + 1 >= args.length) {
        fail("usage: LocalNeo4j [--host 127.0.0.1] [--port 7687] [--data DIR] "
            + "[--pagecache 128m] [--tx-memory 256m]");
      }
      opts.put(a.substring(2), args[++i]);
    }
    return opts;
  }

  private static void fail(String message) {
    System.err.println("local-neo4j: " + message);
    System.exit(2);
  }
}
