package io.jstress.workload.user;

import com.datastax.oss.driver.api.core.CqlSession;
import io.jstress.settings.Consistency;
import io.jstress.settings.Distribution;
import io.jstress.settings.TableShape;
import io.jstress.settings.UserProfile;
import io.jstress.settings.UserSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A user run's shared plan: the profiles' schema created, each table's shape as the cluster has it, every
 * statement prepared on every session, the named ops, and the one sequence of population seeds all dispatchers
 * share. Built once before the run; each dispatcher then gets its own UserWorkload from it.
 */
public final class UserPlan
{
    private final UserSettings user;
    private final List<TableShape> tables;
    private final List<List<ProfilePlan>> sessions;
    private final Distribution population;
    private final ClusteringLevel.Order order;
    private final AtomicLong sequence = new AtomicLong();

    private UserPlan(final UserSettings user, final List<TableShape> tables, final List<List<ProfilePlan>> sessions,
        final Distribution population, final ClusteringLevel.Order order)
    {
        this.user = user;
        this.tables = tables;
        this.sessions = sessions;
        this.population = population;
        this.order = order;
    }

    /**
     * Creates the schema (on the first session), reads the tables back and prepares every statement on every
     * session. skipUnsupported leaves out value columns jstress cannot generate (each named in a warning).
     *
     * @throws IllegalArgumentException with a one-line message when the profiles cannot run as given
     */
    public static UserPlan create(final UserSettings user, final List<CqlSession> sessions,
        final Consistency consistency, final Distribution population, final Optional<String> contents,
        final boolean skipUnsupported, final List<String> warnings)
    {
        final List<TableShape> tables = new ArrayList<>();
        for (final UserProfile profile : user.profiles())
        {
            UserSchema.create(sessions.get(0), profile);
            final TableShape table = UserChecks.generatedColumns(profile, UserSchema.table(sessions.get(0), profile),
                skipUnsupported, warnings);
            UserChecks.columnSpecs(profile, table);
            tables.add(table);
        }
        final List<List<ProfilePlan>> prepared = new ArrayList<>();
        for (final CqlSession session : sessions)
        {
            final List<ProfilePlan> plans = new ArrayList<>();
            for (int p = 0; p < tables.size(); p++)
            {
                plans.add(new ProfilePlan(session, user.profiles().get(p), tables.get(p), consistency,
                    user.serialConsistency()));
            }
            prepared.add(plans);
        }
        final ClusteringLevel.Order order = contents.map(c -> ClusteringLevel.Order.valueOf(c.toUpperCase(Locale.ROOT)))
            .orElse(ClusteringLevel.Order.ARBITRARY);
        final UserPlan plan = new UserPlan(user, tables, prepared, population, order);
        for (int p = 0; p < tables.size(); p++)
        {
            UserChecks.batchSize(user.profiles().get(p), plan.model(p));
        }
        return plan;
    }

    /** The op names, in the order ops(...) gives them; op indexes refer to this list. */
    public List<String> opNames()
    {
        return user.ops().stream().map(UserSettings.NamedOp::name).toList();
    }

    /** cassandra-stress's line about a profile's batches, printed before the run. */
    public String batchLine(final int profile)
    {
        return UserChecks.batchLine(user.profiles().get(profile), model(profile));
    }

    public int profiles()
    {
        return tables.size();
    }

    /** A workload for the dispatcher that uses the given session (by its index in the list given to create). */
    public UserWorkload workload(final int session)
    {
        final List<ProfilePlan> plans = sessions.get(session);
        final PartitionModel[] models = new PartitionModel[tables.size()];
        for (int p = 0; p < models.length; p++)
        {
            models[p] = model(p);
        }
        final List<UserSettings.NamedOp> ops = user.ops();
        final int[] profileOf = new int[ops.size()];
        final InsertOp[] inserts = new InsertOp[ops.size()];
        final QueryOp[] queries = new QueryOp[ops.size()];
        final double[] ratios = new double[ops.size()];
        final java.util.SplittableRandom random = UserWorkload.unseeded();
        final SeedSource seeds = SeedSource.of(population, sequence);
        for (int i = 0; i < ops.size(); i++)
        {
            final UserSettings.NamedOp op = ops.get(i);
            final ProfilePlan plan = plans.get(op.profile());
            profileOf[i] = op.profile();
            ratios[i] = op.ratio();
            if (op.insert())
            {
                inserts[i] = new InsertOp(models[op.profile()], plan.insert, plan.profile.insert(), seeds,
                    random.split());
            }
            else
            {
                queries[i] = new QueryOp(models[op.profile()], plan.queries.get(op.target()),
                    plan.profile.queries().get(op.target()).fields(), seeds, random.split());
            }
        }
        return new UserWorkload(models, profileOf, inserts, queries,
            new OpChooser(ratios, user.clustering(), random.split()));
    }

    PartitionModel model(final int profile)
    {
        return new PartitionModel(tables.get(profile), user.profiles().get(profile).columns(), order);
    }
}
