package io.jstress.perf;

import io.jstress.settings.ColumnSettings;
import io.jstress.settings.Distribution;
import io.jstress.workload.RowGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The cost of one cassandra-stress compatible row: its key and every cell, into reused buffers. Run with
 * -prof gc to see that generation allocates nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED")
public class RowGeneratorBenchmark
{
    @Param({"34", "1024"})
    public int size;

    private RowGenerator rows;
    private byte[] key;
    private byte[] value;
    private long seed;

    @Setup
    public void setUp()
    {
        rows = new RowGenerator(new ColumnSettings(new Distribution.Fixed(5), new Distribution.Fixed(size), List.of()),
            10);
        key = new byte[rows.keyLength()];
        value = new byte[rows.maxValueLength()];
    }

    /** Key plus five cells of one row: what a write generates and a read expects. */
    @Benchmark
    public int row()
    {
        final long s = ++seed;
        rows.key(s, key);
        int bytes = 0;
        for (int c = 0; c < rows.columnCount(s); c++)
        {
            bytes += rows.value(s, c, value);
        }
        return bytes;
    }
}
