package io.jstress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A malformed line prints exactly one stderr line that names the offending word, exits 1, shows no stack trace or
 * 'Exception', and writes nothing to stdout or disk.
 */
class MalformedLinesTest
{
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        ''                                                      | no command
        -rate threads=2                                         | no command
        foo n=10                                                | 'foo'
        writ n=10                                               | 'writ'
        user profile=no-such-profile.yaml ops(insert=1)         | profile=no-such-profile.yaml: no such file
        user ops(insert=1)                                      | profile=
        print                                                   | dist=
        print dist=BOGUS(1..10)                                 | dist=BOGUS(1..10)
        print dist=SEQ(5..5)                                    | dist=SEQ(5..5)
        print dist=QEXTREME(1..10,2)                            | dist=QEXTREME(1..10,2)
        print dist=UNIFORM(1..10) -rate threads=2               | -rate
        write n=10 -rat threads=2                               | '-rat'
        write n=10 -rate threads=2 -rate threads=3              | -rate is defined multiple times. Each option/command can be specified at most once.
        write n=abc                                             | n=abc
        write n=-5                                              | n=
        write n=0                                               | n=0
        write n=10x                                             | n=10x
        write n=99999999999999999999                            | n=99999999999999999999
        write duration=10                                       | duration=10
        write duration=99999999999999999999s                    | duration=99999999999999999999s
        write duration=87601h                                   | duration=87601h
        write duration=9999999999999999m                        | duration=9999999999999999m
        write duration=5d                                       | duration=5d
        write n=10 duration=10s                                 | duration=10s
        write n=10 err<0.1                                      | err<0.1
        write err<2                                             | err<2
        write n>50 n<10                                         | n<10
        write n=10 cl=MOSTLY                                    | cl=MOSTLY
        write n=10 truncate=sometimes                           | truncate=sometimes
        write n=10 bogus                                        | 'bogus'
        mixed ratio(write=1,read=x) n=10                        | ratio(write=1,read=x)
        mixed ratio(write=1,delete=2) n=10                      | ratio(write=1,delete=2)
        mixed ratio(write=0,read=0) n=10                        | ratio(write=0,read=0)
        mixed ratio(write=1,write=2) n=10                       | ratio(write=1,write=2)
        write n=10 -rate threads=0                              | threads=0
        write n=10 -rate threads=many                           | threads=many
        write n=10 -rate threads=10 throttle=5/s fixed=10/s     | can't have both fixed and throttle set, choose one.
        write n=10 -rate threads=10 throttle=fast               | throttle=fast
        write n=10 -rate threads=10 fixed=-5/s                  | fixed=-5/s
        write n=10 -rate threads=10 fixed=99999999999999999999/s | fixed=99999999999999999999/s
        write n=10 -rate threads=10 throttle=2b/s               | throttle=2b/s
        write n=10 -rate threads=99999999999                    | threads=99999999999
        write n=10 -rate throttle=100/s                         | throttle=100/s
        write n=10 -rate threads=10 auto                        | auto
        write n=10 -rate threads>=50 threads<=10                | threads>=50
        write n=10 -rate threads<=2                             | threads<=2
        write n=10 -rate processes=0 threads=1                  | processes=0
        write n=10 -col size=FIXED(1024                         | size=FIXED(1024
        write n=10 -col size=POISSON(1..2)                      | size=POISSON(1..2)
        write n=10 -col size=UNIFORM(10..1)                     | size=UNIFORM(10..1)
        write n=10 -col size=UNIFORM(1)                         | size=UNIFORM(1)
        write n=10 -col size=GAUSSIAN(1..10,1,2,3)              | size=GAUSSIAN(1..10,1,2,3)
        write n=10 -col size=FIXED(2b)                          | size=FIXED(2b)
        write n=10 -col size=UNIFORM(1..1 -rate threads=2       | size=UNIFORM(1..1
        write n=10 -col n=FIXED(0)                              | n=FIXED(0)
        write n=10 -col names=a,b n=FIXED(3)                    | n=FIXED(3)
        write n=10 -col wide=yes                                | 'wide=yes'
        read n=10 -pop seq=1..10 dist=UNIFORM(1..10)            | dist=UNIFORM(1..10)
        read n=10 -pop seq=10                                   | seq=10
        read n=10 -pop dist=EXTREME(1..10)                      | dist=EXTREME(1..10)
        read n=10 -pop contents=random                          | contents=random
        write n=10 -mode thrift                                 | thrift
        write n=10 -mode requestTimeout=soon                    | requestTimeout=soon
        write n=10 -mode protocolVersion=9                      | protocolVersion=9
        write n=10 -mode compression=zstd                       | compression=zstd
        write n=10 -mode prepared unprepared                    | unprepared
        write n=10 -mode user=a user=b                          | user=b
        write n=10 -port native=70000                           | native=70000
        write n=10 -port native=x                               | native=x
        write n=10 -node embedded:0                             | embedded:0
        write n=10 -node embedded 10.0.0.1                      | embedded
        write n=10 -node file=/nonexistent/nodes.txt            | file=/nonexistent/nodes.txt
        write n=10 -log interval=5m                             | interval=5m
        write n=10 -log interval=0                              | interval=0
        write n=10 -log level=loud                              | level=loud
        write n=10 -errors retries=many                         | retries=many
        write n=10 -errors retry=3                              | 'retry=3'
        write n=10 -errors retries=2147483647                   | retries=2147483647
        write n=10 -errors retries=99999999999                  | retries=99999999999
        write n=10 -errors delay-policy=random                  | delay-policy=random
        write n=10 -errors delay-policy=exponential             | delay-policy=exponential
        write n=10 -errors min-delay-ms=500 max-delay-ms=100    | min-delay-ms=500
        write n=10 -errors min-delay-ms=30000                   | min-delay-ms=30000
        write n=10 -errors max-delay-ms=99999999999             | max-delay-ms=99999999999
        write n=10 -mode requestTimeout=99999999999             | requestTimeout=99999999999
        write n=10 -schema keyspace=bad-name                    | keyspace=bad-name
        write n=10 -schema replication(replication_factor=x)    | replication(replication_factor=x)
        write n=10 -schema compaction(min_threshold=4)          | compaction(min_threshold=4)
        write n=10 -transport truststore=/ts store-type=p12      | store-type=p12
        write n=10 -schema replication(strategy=X -node 127.0.0.5 | replication(strategy=X
        read n=10 -pop dist=UNIFORM(1..10 -node 127.0.0.5       | dist=UNIFORM(1..10
        write n=10 -transport keystore-password=hunter2         | keystore-password=
        help -rate threads=2                                    | help
        help frobnicate                                         | 'frobnicate'
        """)
    void malformedLinePrintsOneLineNamingTheWord(final String line, final String named)
    {
        final Console console = Console.run(line);
        assertEquals(1, console.exitCode(), console.err());
        assertEquals(1, console.errLines().size(), console.err());
        assertTrue(console.err().contains(named), () -> "'" + console.err() + "' should name " + named);
        assertFalse(console.err().contains("Exception"), console.err());
        assertFalse(console.err().contains("\tat "), console.err());
        assertEquals("", console.out());
        assertThrows(UsageException.class, () -> StressCommandLine.parse(Argv.of(line)));
    }

    /**
     * Lines that parse but cannot run on this JVM or this disk are refused before anything connects or is
     * written: ops in flight whose buffers cannot fit the heap (the test JVM has 1 GiB), and output files whose
     * directory is missing.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        write n=10 -col size=FIXED(1m)                          | threads=200) of 5,001,552 bytes each need 954 MiB
        write n=10 -rate threads=2000000000                     | 2,000,000,000 ops in flight
        write n=10 -col n=FIXED(10000) size=FIXED(1000)         | MiB of buffers
        read n=10 -rate threads<=100000000 auto                 | (-rate threads<=100000000)
        write n=10 -log hdrfile=/nonexistent/dir/run.hdr        | hdrfile=/nonexistent/dir/run.hdr: the directory
        write n=10 -log json=/nonexistent/dir/run.json          | json=/nonexistent/dir/run.json: the directory
        write n=10 -log file=/nonexistent/dir/run.log           | file=/nonexistent/dir/run.log: the directory
        write n=10 -log hdrfile=/tmp                            | it is a directory
        """)
    void aLineThatCannotRunHereIsRefusedBeforeConnecting(final String line, final String named,
        @org.junit.jupiter.api.io.TempDir final Path dir)
    {
        final Path log = dir.resolve("console.log");
        final Console console = Console.run(line + " -node 127.0.0.1 -port native=1"
            + (line.contains("-log") ? "" : " -log file=" + log));
        assertEquals(1, console.exitCode(), console.err());
        assertEquals(1, console.errLines().size(), console.err());
        assertTrue(console.err().contains(named), () -> "'" + console.err() + "' should name " + named);
        assertFalse(console.err().contains("Exception"), console.err());
        assertEquals("", console.out());
        assertFalse(Files.exists(log), "nothing written");
    }

    @Test
    void aPasswordIsNeverEchoedInAnError()
    {
        final Console console = Console.run("write n=10 -transport truststore-password=hunter2 ssl-alg=x");
        assertEquals(1, console.exitCode());
        assertFalse(console.err().contains("hunter2"), console.err());
        assertTrue(console.err().contains("TLS"), console.err());
    }

    @Test
    void aPasswordGivenTwiceOrMisspeltIsNotEchoed()
    {
        for (final String line : List.of("write n=1 -mode password=hunter1 password=hunter2",
            "write n=1 -mode passwd=hunter2"))
        {
            final Console console = Console.run(line);
            assertEquals(1, console.exitCode());
            assertEquals(1, console.errLines().size());
            assertFalse(console.err().contains("hunter"), console.err());
        }
    }

    @Test
    void aRejectedLineWritesNoFile(@org.junit.jupiter.api.io.TempDir final Path dir)
    {
        final Path hdr = dir.resolve("run.hdr");
        final Path log = dir.resolve("run.log");
        final Console console = Console.run("write", "n=10", "-log", "hdrfile=" + hdr, "file=" + log, "-rate",
            "threads=0");
        assertEquals(1, console.exitCode());
        assertFalse(Files.exists(hdr));
        assertFalse(Files.exists(log));
    }
}
