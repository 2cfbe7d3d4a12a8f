package io.jstress.workload.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jstress.cli.StressCommandLine;
import io.jstress.settings.UserProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.LongUnaryOperator;

/**
 * jstress generates the rows cassandra-stress 3.19.0 wrote, byte for byte. The golden files were dumped from a
 * node after `cassandra-stress user profile=P ops(insert=1) n=N -rate threads=1` (population seq=1..N; its
 * warm-up writes seeds 1..N/4 first). Where a profile's select is 1, the tables must be equal; where it is below
 * 1 (cassandra-stress then picks rows with an unseeded random), every row written must be one of the
 * partition's rows, with exactly its values.
 */
@Timeout(120)
class CassandraStressRowsTest
{
    @Test
    void insanityExampleWideRowsAreIdentical()
    {
        assertIdentical("cqlstress-insanity-example.yaml", "insanity.rows", 30, s -> 1);
    }

    @Test
    void sortedContentsOrderEachClusteringLevel()
    {
        // -pop seq=1..30 contents=SORTED: each level's values in their Java order, which changes every seed below
        assertIdentical("cqlstress-insanity-example.yaml", ClusteringLevel.Order.SORTED, "insanity-sorted.rows", 30,
            s -> 1);
    }

    @Test
    void everyTypeIncludingCollectionsIsIdentical()
    {
        // lists append: the warm-up's visit of seeds 1..5 and the run's make those lists twice as long
        assertIdentical("alltypes.yaml", "alltypes.rows", 20, s -> s <= 5 ? 2 : 1);
    }

    @Test
    void countersAddOncePerVisit()
    {
        // the warm-up visits seeds 1..5 before the run visits 1..20, so those counters hold 2
        assertIdentical("cqlstress-counter-example.yaml", "counter.rows", 20, s -> s <= 5 ? 2 : 1);
    }

    @Test
    void rowPopulationInTheProfileHasNoEffectAsInCassandraStress()
    {
        assertIdentical("rowpop.yaml", "rowpop.rows", 10, s -> 1);
    }

    @Test
    void exampleWithSelectBelowOneWritesOnlyRowsOfItsPartitions()
    {
        assertWithinPartitions("cqlstress-example.yaml", "typestest.rows", 10);
    }

    @Test
    void blogpostWritesOnlyRowsOfItsPartitions()
    {
        assertWithinPartitions("cqlstress-blogpost.yaml", "blogpost.rows", 10);
    }

    @Test
    void staticColumnsSetsListsAndQuotedNamesStayWithinTheirPartitions()
    {
        assertWithinPartitions("acceptance.yaml", "acc.rows", 200);
    }

    static UserProfile profile(final String file)
    {
        return StressCommandLine.settings("user", "profile=src/test/resources/user/profiles/" + file,
            "ops(insert=1)", "n=1").command().user().orElseThrow().profiles().get(0);
    }

    static PartitionModel model(final String file, final ClusteringLevel.Order order)
    {
        final UserProfile profile = profile(file);
        return new PartitionModel(profile.definedTable().orElseThrow(), profile.columns(), order);
    }

    private static void assertIdentical(final String profile, final String golden, final int seeds,
        final LongUnaryOperator visits)
    {
        assertIdentical(profile, ClusteringLevel.Order.ARBITRARY, golden, seeds, visits);
    }

    private static void assertIdentical(final String profile, final ClusteringLevel.Order order, final String golden,
        final int seeds, final LongUnaryOperator visits)
    {
        final GoldenRows expected = GoldenRows.load(golden);
        assertEquals(expected.lines(), generated(model(profile, order), expected, seeds, visits));
    }

    /** The rows of partitions 1..seeds as a cassandra-stress dump lists them (counters and lists visited n times). */
    static List<String> generated(final PartitionModel model, final GoldenRows expected, final int seeds,
        final LongUnaryOperator visits)
    {
        final PartitionIterator iterator = PartitionIterator.of(model, new SplittableRandom(1));
        final Row row = new Row(model);
        final List<String> generated = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++)
        {
            assertTrue(iterator.resetForWrite(seed, 1d));
            while (iterator.hasNext())
            {
                iterator.next(row);
                final String[] cells = expected.render(row, model);
                for (int i = 0; i < cells.length; i++)
                {
                    if (expected.types().get(i).equals("counter"))
                    {
                        cells[i] = String.format("%016x", Long.parseLong(cells[i], 16) * visits.applyAsLong(seed));
                    }
                    else if (expected.types().get(i).startsWith("list<"))
                    {
                        cells[i] = appended(cells[i], (int)visits.applyAsLong(seed));
                    }
                }
                generated.add(String.join(",", cells));
            }
        }
        return new ArrayList<>(new TreeSet<>(generated));
    }

    /** A list written `times` times: each UPDATE ... SET l = l + ? appends it again. */
    private static String appended(final String list, final int times)
    {
        final List<String> elements = CellMatch.elements(list);
        final StringBuilder b = new StringBuilder(String.format("%08x", elements.size() * times));
        for (int t = 0; t < times; t++)
        {
            elements.forEach(e -> b.append(String.format("%08x", e.length() / 2)).append(e));
        }
        return b.toString();
    }

    private static void assertWithinPartitions(final String profile, final String golden, final int seeds)
    {
        final GoldenRows expected = GoldenRows.load(golden);
        assertRowsWithinPartitions(model(profile, ClusteringLevel.Order.ARBITRARY), expected, expected.rows(), seeds);
    }

    /** Every row is one of the rows of partitions 1..seeds, with its generated values (see CellMatch). */
    static void assertRowsWithinPartitions(final PartitionModel model, final GoldenRows layout,
        final List<String[]> rows, final int seeds)
    {
        for (final ValueGenerator generator : model.values)
        {
            if (generator instanceof CollectionGenerator c)
            {
                c.largest = true;
            }
        }
        final Map<String, List<String[]>> universe = new HashMap<>();
        final Map<String, Set<String>> statics = new HashMap<>();
        final PartitionUniverse partitions = new PartitionUniverse(model);
        for (long seed = 1; seed <= seeds; seed++)
        {
            for (final Row row : partitions.rows(seed))
            {
                final String[] cells = layout.render(row, model);
                universe.computeIfAbsent(keyOf(cells, model), k -> new ArrayList<>()).add(cells);
                for (int i = 0; i < cells.length; i++)
                {
                    statics.computeIfAbsent(partitionOf(cells, model), k -> new HashSet<>()).add(cells[i]);
                }
            }
        }
        assertTrue(!rows.isEmpty(), "no rows to check");
        for (final String[] written : rows)
        {
            final List<String[]> candidates = universe.get(keyOf(written, model));
            assertTrue(candidates != null, () -> "row " + String.join(",", written) + " is not one of the rows of "
                + "partitions 1.." + seeds);
            final Set<String> staticValues = statics.get(partitionOf(written, model));
            assertTrue(candidates.stream().anyMatch(c -> CellMatch.matches(written, c, layout, model, staticValues)),
                () -> "row " + String.join(",", written) + " differs from its generated values");
        }
    }

    /** The partition key cells of a row in golden column order. */
    private static String partitionOf(final String[] cells, final PartitionModel model)
    {
        return String.join(",", java.util.Arrays.copyOf(cells, model.partitionKey.length));
    }

    /** The primary key cells of a row in golden column order. */
    private static String keyOf(final String[] cells, final PartitionModel model)
    {
        final int keys = model.partitionKey.length + model.clustering.length;
        return String.join(",", java.util.Arrays.copyOf(cells, keys));
    }
}
