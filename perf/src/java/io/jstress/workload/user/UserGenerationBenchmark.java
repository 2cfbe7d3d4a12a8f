package io.jstress.workload.user;

import io.jstress.settings.ColumnSpec;
import io.jstress.settings.CqlType;
import io.jstress.settings.Distribution;
import io.jstress.settings.DistributionSpec;
import io.jstress.settings.RatioSpec;
import io.jstress.settings.TableShape;
import io.jstress.settings.UserProfile;
import io.jstress.workload.WorkBudget;
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
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cost of generating one user insert: a batch of partitions, each walked through its clustering rows, every
 * cell generated into the op's reused rows, as the dispatcher does before binding (the bind is the driver's).
 * The table has a two-column partition key, two clustering levels (uniform(1..20) x uniform(1..5)) and five
 * value columns (text, bigint, blob, set&lt;text&gt;, list&lt;int&gt;). Run with -prof gc to see the bytes
 * allocated per batch; divide the time by the rows per batch (printed by setUp) for the cost of a row.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED")
public class UserGenerationBenchmark
{
    /** wide: one partition a batch, every row; batch: ten partitions a batch, a tenth of their rows. */
    @Param({"wide", "batch"})
    public String shape;

    private InsertOp insert;
    private RowPool pool;
    private UserBuffers buffers;
    private final WorkBudget budget = WorkBudget.unlimited();

    @Setup
    public void setUp()
    {
        final TableShape table = new TableShape("events",
            List.of(column("tenant", CqlType.Kind.TEXT), column("bucket", CqlType.Kind.INT)),
            List.of(column("at", CqlType.Kind.TIMESTAMP), column("seq", CqlType.Kind.BIGINT)),
            List.of(column("status", CqlType.Kind.TEXT), column("amount", CqlType.Kind.BIGINT),
                column("payload", CqlType.Kind.BLOB),
                new TableShape.Column("tags", CqlType.of(CqlType.Kind.SET, List.of(CqlType.simple(CqlType.Kind.TEXT)),
                    false), false),
                new TableShape.Column("scores", CqlType.of(CqlType.Kind.LIST,
                    List.of(CqlType.simple(CqlType.Kind.INT)), false), false)));
        final Map<String, ColumnSpec> specs = Map.of(
            "at", new ColumnSpec("at", Optional.empty(), Optional.empty(), Optional.of(dist(new Distribution.Uniform(1, 20)))),
            "seq", new ColumnSpec("seq", Optional.empty(), Optional.empty(), Optional.of(dist(new Distribution.Uniform(1, 5)))),
            "payload", new ColumnSpec("payload", Optional.of(dist(new Distribution.Fixed(64))), Optional.empty(),
                Optional.empty()));
        final PartitionModel model = new PartitionModel(table, specs, ClusteringLevel.Order.ARBITRARY);
        final boolean batch = shape.equals("batch");
        final UserProfile.InsertSpec spec = new UserProfile.InsertSpec(dist(new Distribution.Fixed(batch ? 10 : 1)),
            new RatioSpec(dist(new Distribution.Fixed(1)), batch ? 10 : 1), new RatioSpec(dist(new Distribution.Fixed(1)), 1),
            UserProfile.BatchType.UNLOGGED, Optional.empty(), Optional.empty());
        insert = new InsertOp(model, null, spec, SeedSource.of(new Distribution.Seq(1, 1_000_000_000), new AtomicLong()),
            new SplittableRandom(1));
        pool = new RowPool(model);
        buffers = new UserBuffers(new RowPool[] {pool});
        long rows = 0;
        for (int i = 0; i < 1000; i++)
        {
            rows += insert.fill(budget, pool, buffers);
        }
        System.out.printf("%n%s: %.1f rows a batch%n", shape, rows / 1000.0);
    }

    private static TableShape.Column column(final String name, final CqlType.Kind kind)
    {
        return new TableShape.Column(name, CqlType.simple(kind), false);
    }

    private static DistributionSpec dist(final Distribution d)
    {
        return DistributionSpec.of(d);
    }

    /** One insert's rows: partitions drawn, walked, and every cell of every row visited generated. */
    @Benchmark
    public int batch()
    {
        return insert.fill(budget, pool, buffers);
    }
}
