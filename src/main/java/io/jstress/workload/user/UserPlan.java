package io.jstress.workload.user;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.token.TokenRange;
import io.jstress.settings.StressSettings;
import io.jstress.settings.TableShape;
import io.jstress.settings.UserProfile;
import io.jstress.settings.UserSettings;
import io.jstress.workload.OpMix;
import io.jstress.workload.WorkBudget;
import io.jstress.workload.WorkloadPlan;
import io.jstress.workload.dist.Samplers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The user command's plan: each profile's schema created and its table read back from the cluster, every
 * statement prepared on every session, and the named ops in print order (alphabetical, as cassandra-stress
 * prints them). All dispatchers of a phase share one sequence of population seeds: the warm-ups one, the
 * measured run a fresh one, as cassandra-stress's two SeedManagers.
 */
public final class UserPlan implements WorkloadPlan
{
    private final StressSettings settings;
    private final UserSettings user;
    private final List<UserSettings.NamedOp> ops;
    private final List<TableShape> tables = new ArrayList<>();
    private final ClusteringLevel.Order order;
    private final AtomicLong warmupSequence = new AtomicLong();
    private final AtomicLong runSequence = new AtomicLong();
    private final Map<WorkBudget, TokenRanges[]> rangesByPhase = new IdentityHashMap<>();
    /** The ring's token ranges, read once the sessions are up; empty when no op is a token range query. */
    private List<TokenRange> ring = List.of();

    public UserPlan(final StressSettings settings)
    {
        this.settings = settings;
        this.user = settings.command().user().orElseThrow();
        this.ops = user.ops().stream().sorted(Comparator.comparing(UserSettings.NamedOp::name)).toList();
        this.order = settings.population().contents()
            .map(c -> ClusteringLevel.Order.valueOf(c.toUpperCase(Locale.ROOT))).orElse(ClusteringLevel.Order.ARBITRARY);
    }

    /** cassandra-stress lists the ops as ops(...) gives them, even just one: [insert]. */
    @Override
    public String runningName()
    {
        return user.ops().stream().map(UserSettings.NamedOp::name).toList().toString();
    }

    /** cassandra-stress warms the ops up in the order ops(...) gives them. */
    @Override
    public List<Integer> warmupOrder()
    {
        return user.ops().stream().map(ops::indexOf).toList();
    }

    @Override
    public List<String> opNames()
    {
        return ops.stream().map(UserSettings.NamedOp::name).toList();
    }

    @Override
    public void createSchema(final CqlSession session, final PrintStream out, final PrintStream err)
    {
        final List<String> warnings = new ArrayList<>();
        for (final UserProfile profile : user.profiles())
        {
            UserSchema.create(session, profile);
            final TableShape table = UserChecks.generatedColumns(profile, UserSchema.table(session, profile),
                settings.errors().skipUnsupportedColumns(), warnings);
            UserChecks.columnSpecs(profile, table);
            tables.add(table);
            final PartitionModel model = model(tables.size() - 1);
            UserChecks.batchSize(profile, model);
            out.println(UserChecks.batchLine(profile, model));
        }
        warnings.forEach(err::println);
    }

    @Override
    public void truncate(final CqlSession session)
    {
        for (int p = 0; p < tables.size(); p++)
        {
            session.execute(SimpleStatement.newInstance("TRUNCATE " + InsertCql.quote(user.profiles().get(p).keyspace())
                + "." + InsertCql.quote(tables.get(p).name())).setConsistencyLevel(DefaultConsistencyLevel.ONE));
        }
    }

    @Override
    public Workloads prepare(final List<CqlSession> sessions)
    {
        final List<List<ProfilePlan>> prepared = new ArrayList<>();
        for (final CqlSession session : sessions)
        {
            final List<ProfilePlan> plans = new ArrayList<>();
            for (int p = 0; p < tables.size(); p++)
            {
                plans.add(new ProfilePlan(session, user.profiles().get(p), tables.get(p),
                    settings.command().consistency(), user.serialConsistency()));
            }
            prepared.add(plans);
        }
        if (ops.stream().anyMatch(op -> user.profiles().get(op.profile()).tokenRangeQueries().containsKey(op.target())))
        {
            ring = TokenRanges.of(sessions.get(0), user.tokenRange().splitFactor());
        }
        return (dispatcher, onlyOp, budget) -> workload(prepared.get(dispatcher), onlyOp, budget);
    }

    private UserWorkload workload(final List<ProfilePlan> plans, final int onlyOp, final WorkBudget budget)
    {
        final PartitionModel[] models = new PartitionModel[tables.size()];
        for (int p = 0; p < models.length; p++)
        {
            models[p] = model(p);
        }
        final int[] profileOf = new int[ops.size()];
        final InsertOp[] inserts = new InsertOp[ops.size()];
        final QueryOp[] queries = new QueryOp[ops.size()];
        final TokenRangeOp[] tokenRanges = new TokenRangeOp[ops.size()];
        final double[] ratios = new double[ops.size()];
        final SplittableRandom random = new SplittableRandom();
        final SeedSource seeds = SeedSource.of(settings.population().keys(),
            onlyOp == Workloads.ALL_OPS ? runSequence : warmupSequence);
        final String[] statementTexts = new String[ops.size()];
        for (int i = 0; i < ops.size(); i++)
        {
            final UserSettings.NamedOp op = ops.get(i);
            final ProfilePlan plan = plans.get(op.profile());
            // as cassandra-stress: inserts and queries (SchemaStatements) name their CQL; token range queries do not
            if (settings.log().printStatementsOnError() && (op.insert() || plan.queries.containsKey(op.target())))
            {
                statementTexts[i] = (op.insert() ? plan.insert : plan.queries.get(op.target())).statement.getQuery();
            }
            profileOf[i] = op.profile();
            ratios[i] = op.ratio();
            if (op.insert())
            {
                inserts[i] = new InsertOp(models[op.profile()], plan.insert, plan.profile.insert(), seeds,
                    random.split());
            }
            else if (plan.queries.containsKey(op.target()))
            {
                queries[i] = new QueryOp(models[op.profile()], plan.queries.get(op.target()),
                    plan.profile.queries().get(op.target()).fields(), seeds, random.split());
            }
            else
            {
                tokenRanges[i] = new TokenRangeOp(plan.tokenRangeQueries.get(op.target()),
                    DefaultConsistencyLevel.valueOf(settings.command().consistency().name()), phaseRanges(budget, i),
                    plan.profile.tokenRangeQueries().get(op.target()).pageSize(), onlyOp != Workloads.ALL_OPS);
            }
        }
        return new UserWorkload(models, profileOf, inserts, queries, tokenRanges,
            new OpMix(ratios, Samplers.of(user.clustering()), random.split()), onlyOp, budget, statementTexts);
    }

    /** The ranges op i reads in the phase of this budget: every dispatcher of a phase shares its budget. */
    private synchronized TokenRanges phaseRanges(final WorkBudget budget, final int op)
    {
        final TokenRanges[] byOp = rangesByPhase.computeIfAbsent(budget, b -> new TokenRanges[ops.size()]);
        if (byOp[op] == null)
        {
            byOp[op] = new TokenRanges(ring, user.tokenRange().wrap());
        }
        return byOp[op];
    }

    private PartitionModel model(final int profile)
    {
        return new PartitionModel(tables.get(profile), user.profiles().get(profile).columns(), order);
    }
}
