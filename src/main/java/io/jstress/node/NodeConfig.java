package io.jstress.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One node's cassandra.yaml and logback.xml: only the keys that matter, everything under its own data dir,
 * and settings that keep a node light enough to share two cores with the loader.
 */
record NodeConfig(String address, String seed, int nativePort, int storagePort, int jmxPort, boolean passwordAuth,
    Optional<NodeTls> tls, Path dir)
{
    static final String CLUSTER = "jstress";

    Path yaml()
    {
        return dir.resolve("cassandra.yaml");
    }

    Path logback()
    {
        return dir.resolve("logback.xml");
    }

    Path log()
    {
        return dir.resolve("system.log");
    }

    void write() throws IOException
    {
        final String data = dir.toAbsolutePath().toString();
        final List<String> lines = new ArrayList<>(List.of(
            "cluster_name: " + CLUSTER,
            "num_tokens: 16",
            "partitioner: org.apache.cassandra.dht.Murmur3Partitioner",
            "data_file_directories: [" + data + "/data]",
            "commitlog_directory: " + data + "/commitlog",
            "saved_caches_directory: " + data + "/saved_caches",
            "hints_directory: " + data + "/hints",
            "cdc_raw_directory: " + data + "/cdc_raw",
            "commitlog_sync: periodic",
            "commitlog_sync_period: 10000ms",
            "seed_provider:",
            "  - class_name: org.apache.cassandra.locator.SimpleSeedProvider",
            "    parameters:",
            "      - seeds: \"" + seed + ":" + storagePort + "\"",
            "listen_address: " + address,
            "rpc_address: " + address,
            "storage_port: " + storagePort,
            "native_transport_port: " + nativePort,
            "start_native_transport: true",
            "endpoint_snitch: SimpleSnitch",
            "authenticator: " + (passwordAuth ? "PasswordAuthenticator" : "AllowAllAuthenticator"),
            "concurrent_reads: 8",
            "concurrent_writes: 8",
            "concurrent_counter_writes: 8",
            "memtable_heap_space: 256MiB",
            // snapshots before TRUNCATE and DROP only cost the tests time and disk
            "auto_snapshot: false",
            "auto_bootstrap: false",
            // user profiles may create materialized views and SASI indexes in extra_definitions
            "materialized_views_enabled: true",
            "sasi_indexes_enabled: true",
            // a user profile's UNLOGGED batch of up to 50 partitions can outgrow the 50 KiB default
            "batch_size_fail_threshold: 512KiB"));
        tls.ifPresent(t -> lines.addAll(t.yaml()));
        lines.add("");
        Files.writeString(yaml(), String.join("\n", lines), StandardCharsets.UTF_8);
        Files.writeString(logback(), "<configuration>\n"
            + "  <appender name=\"FILE\" class=\"ch.qos.logback.core.FileAppender\">\n"
            + "    <file>" + log() + "</file>\n"
            + "    <encoder><pattern>%d %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>\n"
            + "  </appender>\n"
            + "  <root level=\"INFO\"><appender-ref ref=\"FILE\"/></root>\n"
            + "</configuration>\n", StandardCharsets.UTF_8);
    }
}
