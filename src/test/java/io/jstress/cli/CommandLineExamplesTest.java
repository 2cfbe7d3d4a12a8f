package io.jstress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jstress.settings.Command;
import io.jstress.settings.Consistency;
import io.jstress.settings.Distribution;
import io.jstress.settings.OpType;
import io.jstress.settings.Pace;
import io.jstress.settings.Secret;
import io.jstress.settings.Stop;
import io.jstress.settings.StressSettings;
import io.jstress.settings.Truncate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every command line of the pystress plan and the compatibility spec parses into the settings it means. */
class CommandLineExamplesTest
{
    private static DynamicTest example(final String line, final Consumer<StressSettings> check)
    {
        return DynamicTest.dynamicTest(line, () -> check.accept(StressCommandLine.settings(Argv.of(line))));
    }

    @TestFactory
    Stream<DynamicTest> pystressPlanModeAndPortExamples()
    {
        return Stream.of(
            example("write n=1000 -mode user=cassandra password=secret", s ->
            {
                assertEquals(Optional.of("cassandra"), s.mode().user());
                assertEquals(Optional.of(new Secret("secret")), s.mode().password());
                assertEquals(Duration.ofMillis(12000), s.mode().requestTimeout());
            }),
            example("write n=1000 -mode requestTimeout=30000",
                s -> assertEquals(Duration.ofMillis(30000), s.mode().requestTimeout())),
            example("write n=1000 -mode REQUESTTIMEOUT=45000",
                s -> assertEquals(Duration.ofMillis(45000), s.mode().requestTimeout())),
            example("write n=1000 -mode user=cassandra password=secret requestTimeout=60000", s ->
            {
                assertEquals(Optional.of("cassandra"), s.mode().user());
                assertEquals(Duration.ofMillis(60000), s.mode().requestTimeout());
            }),
            example("write n=1000 -mode connectTimeout=15000 controlConnectionTimeout=10000", s ->
            {
                assertEquals(Optional.of(Duration.ofMillis(15000)), s.mode().connectTimeout());
                assertEquals(Optional.of(Duration.ofMillis(10000)), s.mode().controlConnectionTimeout());
            }),
            example("write n=1000 -mode protocolVersion=4",
                s -> assertEquals(OptionalInt.of(4), s.mode().protocolVersion())),
            example("write n=1000 -port native=9043", s ->
            {
                assertEquals(9043, s.port().nativePort());
                assertTrue(s.port().given());
            }),
            example("write n=1000 -port native=19042", s -> assertEquals(19042, s.port().nativePort())),
            example("write n=1000", s ->
            {
                assertEquals(9042, s.port().nativePort());
                assertFalse(s.port().given());
                assertTrue(s.mode().prepared());
                assertEquals(Optional.empty(), s.mode().connectTimeout());
            }));
    }

    @TestFactory
    Stream<DynamicTest> pystressPlanWorkloadExamples()
    {
        return Stream.of(
            example("write n=100000 -rate threads=40 processes=4", s ->
            {
                assertEquals(new Stop.Count(100000), s.command().stop());
                assertEquals(40, s.rate().threads());
                assertEquals(4, s.rate().processes());
                assertEquals(Pace.UNLIMITED, s.rate().pace());
            }),
            example("write duration=15s -rate threads=40 processes=4",
                s -> assertEquals(new Stop.Timed(Duration.ofSeconds(15)), s.command().stop())),
            example("write n=10000", s -> assertEquals(Command.WRITE, s.command().type())),
            example("read n=10000", s -> assertEquals(Map.of(OpType.READ, 1), s.command().ratio())),
            example("write n=1000000", s -> assertEquals(new Stop.Count(1_000_000), s.command().stop())),
            example("write duration=5m", s -> assertEquals(new Stop.Timed(Duration.ofMinutes(5)), s.command().stop())),
            example("write duration=1h", s -> assertEquals(new Stop.Timed(Duration.ofHours(1)), s.command().stop())),
            example("write n=10 cl=QUORUM", s -> assertEquals(Consistency.QUORUM, s.command().consistency())),
            example("write n=10 -node 10.0.0.1,10.0.0.2",
                s -> assertEquals(List.of("10.0.0.1", "10.0.0.2"), s.node().hosts())),
            example("write n=10 -rate threads=10 processes=4 throttle=1000/s", s ->
            {
                assertEquals(new Pace(Pace.Kind.THROTTLE, 1000), s.rate().pace());
                assertEquals(4, s.rate().processes());
            }),
            example("write n=10 -col 'size=FIXED(1024) n=FIXED(5)'", s ->
            {
                assertEquals(new Distribution.Fixed(1024), s.columns().size());
                assertEquals(new Distribution.Fixed(5), s.columns().count());
                assertEquals(List.of("C0", "C1", "C2", "C3", "C4"), s.columns().names());
            }),
            example("write n=10 -col 'size=UNIFORM(10..100) n=FIXED(1)'",
                s -> assertEquals(new Distribution.Uniform(10, 100), s.columns().size())),
            example("write n=10 -log hdrfile=output.hdr interval=30s", s ->
            {
                assertEquals(Optional.of(Path.of("output.hdr")), s.log().hdrFile());
                assertEquals(Duration.ofSeconds(30), s.log().interval());
            }),
            example("write n=10 -log interval=10", s -> assertEquals(Duration.ofSeconds(10), s.log().interval())),
            example("write n=10 -log interval=10s", s -> assertEquals(Duration.ofSeconds(10), s.log().interval())),
            example("write n=10 -log interval=500ms", s -> assertEquals(Duration.ofMillis(500), s.log().interval())),
            example("write n=10", s -> assertEquals(Duration.ofSeconds(1), s.log().interval())));
    }

    @TestFactory
    Stream<DynamicTest> pystressPlanSchemaPopulationAndRatioExamples()
    {
        return Stream.of(
            example("write n=10 -schema 'replication(replication_factor=3)'", s ->
            {
                assertEquals("SimpleStrategy", s.schema().replicationStrategy());
                assertEquals(Map.of("replication_factor", "3"), s.schema().replicationOptions());
                assertEquals("keyspace1", s.schema().keyspace());
            }),
            example("write n=10 -schema 'replication(strategy=NetworkTopologyStrategy replication_factor=3) keyspace=test'",
                s ->
                {
                    assertEquals("NetworkTopologyStrategy", s.schema().replicationStrategy());
                    assertEquals(Map.of("replication_factor", "3"), s.schema().replicationOptions());
                    assertEquals("test", s.schema().keyspace());
                }),
            example("write n=10 -schema 'replication(replication_factor=3) compaction(strategy=SizeTieredCompactionStrategy)'",
                s -> assertEquals("SizeTieredCompactionStrategy", s.schema().compaction().orElseThrow().strategy())),
            example("write n=10 -schema 'keyspace=mystress compaction(strategy=LeveledCompactionStrategy) compression=LZ4Compressor'",
                s ->
                {
                    assertEquals("mystress", s.schema().keyspace());
                    assertEquals("LeveledCompactionStrategy", s.schema().compaction().orElseThrow().strategy());
                    assertEquals(Optional.of("LZ4Compressor"), s.schema().compression());
                }),
            example("write n=10", s ->
            {
                assertEquals("SimpleStrategy", s.schema().replicationStrategy());
                assertEquals(Map.of("replication_factor", "1"), s.schema().replicationOptions());
            }),
            example("read n=10 -pop 'seq=1..1000000'",
                s -> assertEquals(new Distribution.Seq(1, 1_000_000), s.population().keys())),
            example("read n=10 -pop 'dist=UNIFORM(1..1000000)'",
                s -> assertEquals(new Distribution.Uniform(1, 1_000_000), s.population().keys())),
            example("read n=10 -pop 'dist=GAUSSIAN(1..1000000,5)'", s -> assertEquals(
                new Distribution.Gaussian(1, 1_000_000, 500_000.5, 499_999.5 / 5), s.population().keys())),
            example("read n=10 -pop 'dist=gauss(1..1000000,500000,100000)'", s -> assertEquals(
                new Distribution.Gaussian(1, 1_000_000, 500_000, 100_000), s.population().keys())),
            example("mixed 'ratio(write=1,read=1)' n=10",
                s -> assertEquals(Map.of(OpType.READ, 1, OpType.WRITE, 1), s.command().ratio())),
            example("mixed 'ratio(write=1,read=2)' n=10000",
                s -> assertEquals(Map.of(OpType.READ, 2, OpType.WRITE, 1), s.command().ratio())),
            example("mixed 'ratio(read=3,write=1)' n=10",
                s -> assertEquals(Map.of(OpType.READ, 3, OpType.WRITE, 1), s.command().ratio())),
            example("MIXED 'RATIO(READ=3,Write=1)' n=10",
                s -> assertEquals(Map.of(OpType.READ, 3, OpType.WRITE, 1), s.command().ratio())),
            example("mixed n=10", s ->
            {
                assertEquals(Command.MIXED, s.command().type());
                assertEquals(Map.of(OpType.READ, 1, OpType.WRITE, 1), s.command().ratio());
                assertEquals(List.of(OpType.READ, OpType.WRITE), List.copyOf(s.command().ratio().keySet()));
            }));
    }

    @TestFactory
    Stream<DynamicTest> compatibilitySpecExamples()
    {
        return Stream.of(
            example("write n=100000 cl=ONE -rate threads=10 throttle=1000/s -node 10.0.0.1,10.0.0.2 -col 'size=FIXED(1024) n=FIXED(5)'",
                s ->
                {
                    assertEquals(Consistency.ONE, s.command().consistency());
                    assertEquals(10, s.rate().threads());
                    assertEquals(List.of("10.0.0.1", "10.0.0.2"), s.node().hosts());
                    assertEquals(new Distribution.Fixed(1024), s.columns().size());
                }),
            example("write n = 100 -node 10.0.0.1, 10.0.0.2 -col 'size= FIXED( 1024 )'", s ->
            {
                assertEquals(new Stop.Count(100), s.command().stop());
                assertEquals(List.of("10.0.0.1", "10.0.0.2"), s.node().hosts());
                assertEquals(new Distribution.Fixed(1024), s.columns().size());
            }),
            example("WRITE n=10 -RATE threads=2 -log -errors ignore", s ->
            {
                assertEquals(2, s.rate().threads());
                assertTrue(s.errors().ignore());
                assertEquals(9, s.errors().retries());
            }),
            example("write no-warmup n=10 -mode native cql3 user=u password=p", s ->
            {
                assertTrue(s.command().noWarmup());
                assertEquals(Optional.of("u"), s.mode().user());
            }),
            example("write n=10 -mode 4x cql3 user=u password=p", s -> assertTrue(s.mode().prepared())),
            example("write n=10 -node datacenter=dc1 rack=r1 10.0.0.1,10.0.0.2", s ->
            {
                assertEquals(Optional.of("dc1"), s.node().datacenter());
                assertEquals(Optional.of("r1"), s.node().rack());
                assertEquals(List.of("10.0.0.1", "10.0.0.2"), s.node().hosts());
            }),
            example("read n=10 -errors skip-unsupported-columns", s -> assertTrue(s.errors().skipUnsupportedColumns())),
            example("write duration=30s -rate threads=50 fixed=3000/s -log interval=5s", s ->
            {
                assertEquals(new Pace(Pace.Kind.FIXED, 3000), s.rate().pace());
                assertEquals(Duration.ofSeconds(5), s.log().interval());
            }),
            example("write n=10 -log hdrfile=run.hdr interval=10s",
                s -> assertEquals(Optional.of(Path.of("run.hdr")), s.log().hdrFile())),
            example("write n=10 -rate threads>=8 threads<=64 auto", s ->
            {
                assertTrue(s.rate().auto());
                assertEquals(8, s.rate().minThreads());
                assertEquals(64, s.rate().maxThreads());
            }),
            example("write n=10 truncate=always", s -> assertEquals(Truncate.ALWAYS, s.command().truncate())),
            example("write n=10 cl=local_quorum", s -> assertEquals(Consistency.LOCAL_QUORUM, s.command().consistency())),
            example("counter_write n=5k", s ->
            {
                assertEquals(Command.COUNTER_WRITE, s.command().type());
                assertEquals(new Stop.Count(5000), s.command().stop());
                assertEquals(new Distribution.Seq(1, 5000), s.population().keys());
            }),
            example("counter_read n=2m", s ->
            {
                assertEquals(Map.of(OpType.COUNTER_READ, 1), s.command().ratio());
                assertEquals(new Stop.Count(2_000_000), s.command().stop());
            }));
    }
}
