package io.jstress.workload;

import com.datastax.oss.driver.api.core.CqlSession;
import io.jstress.settings.Distribution;
import io.jstress.settings.OpType;
import io.jstress.settings.StressSettings;
import io.jstress.workload.dist.Samplers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** write, read, mixed, counter_write and counter_read: cassandra-stress's standard1 and counter1 tables. */
public final class PredefinedPlan implements WorkloadPlan
{
    private final StressSettings settings;
    private final Schema schema;
    /** The command's op types in print order: OpType's own order is alphabetical. */
    private final OpType[] types;
    private final double[] weights;

    public PredefinedPlan(final StressSettings settings)
    {
        this.settings = settings;
        this.schema = new Schema(settings.schema(), settings.columns());
        final Map<OpType, Integer> ratio = settings.command().ratio();
        types = EnumSet.copyOf(ratio.keySet()).toArray(OpType[]::new);
        weights = new double[types.length];
        for (int i = 0; i < types.length; i++)
        {
            weights[i] = ratio.get(types[i]);
        }
    }

    @Override
    public List<String> opNames()
    {
        final List<String> names = new ArrayList<>();
        for (final OpType type : types)
        {
            names.add(type.name());
        }
        return names;
    }

    /** With -pop no-wrap, each run ends after one visit of every key of its sequence. */
    private long keysEnd()
    {
        final var population = settings.population();
        final long size = population.keys().max() - population.keys().min() + 1;
        final boolean ends = population.keys() instanceof Distribution.Seq && !population.wrap();
        return ends && size > 0 ? size : Long.MAX_VALUE;
    }

    @Override
    public long bufferBytesPerOp()
    {
        final var ops = settings.command().ratio().keySet();
        final boolean writes = ops.contains(OpType.WRITE);
        return RowBuffers.bytes((int)settings.columns().count().min(), (int)settings.columns().count().max(),
            settings.columns().size().max(), writes || ops.contains(OpType.READ), writes);
    }

    @Override
    public void createSchema(final CqlSession session, final PrintStream out, final PrintStream err)
    {
        final SchemaSetup setup = new SchemaSetup(session);
        setup.execute(schema.createKeyspace());
        setup.execute(counters() ? schema.createCounterTable() : schema.createStandardTable());
        setup.probe(schema.qualified(table()));
    }

    @Override
    public void truncate(final CqlSession session)
    {
        session.execute(schema.truncate(table()));
    }

    private boolean counters()
    {
        return settings.command().ratio().containsKey(OpType.COUNTER_WRITE)
            || settings.command().ratio().containsKey(OpType.COUNTER_READ);
    }

    private String table()
    {
        return counters() ? Schema.COUNTER : Schema.STANDARD;
    }

    @Override
    public Workloads prepare(final List<CqlSession> sessions)
    {
        final List<Statements> statements = new ArrayList<>();
        for (final CqlSession session : sessions)
        {
            statements.add(settings.mode().prepared()
                ? Statements.prepared(schema, (int)settings.columns().count().min(), session,
                    settings.command().ratio().keySet())
                : Statements.unprepared(schema));
        }
        final int keySize = settings.command().predefined().keySize();
        return new Workloads()
        {
            /** Each run (warm-up, measured run, auto-mode step) has its own budget and, as in cassandra-stress, its
             * own read-lookback= series. */
            private WorkBudget run;
            private LookbackSeries series;

            @Override
            public synchronized Workload forDispatcher(final int dispatcher, final int onlyOp, final WorkBudget budget)
            {
                final var population = settings.population();
                if (budget != run)
                {
                    run = budget;
                    series = population.readLookback().isEmpty() ? null
                        : new LookbackSeries(population.keys().min(), population.keys().max(), population.wrap());
                }
                return new PredefinedWorkload(statements.get(dispatcher),
                    new RowGenerator(settings.columns(), keySize),
                    KeySamplers.of(population.keys(), 0x5eed + dispatcher),
                    onlyOp == Workloads.ALL_OPS
                        // seeded, unlike cassandra-stress's: the same command line mixes its ops the same way
                        ? new OpMix(weights, Samplers.seeded(settings.command().predefined().clustering(),
                            0xc105 + dispatcher), new SplittableRandom(0x0b5 + dispatcher))
                        : OpMix.only(onlyOp), types, Samplers.of(settings.command().predefined().add()),
                    series == null ? keysEnd() : Long.MAX_VALUE, budget, series,
                    population.readLookback().map(Samplers::of).orElse(null));
            }
        };
    }
}
