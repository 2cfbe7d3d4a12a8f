package io.jstress.pipeline;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import io.jstress.node.ClientTls;
import io.jstress.node.EmbeddedCluster;
import io.jstress.report.SettingsDump;
import io.jstress.settings.Command;
import io.jstress.settings.StressSettings;
import io.jstress.workload.PredefinedPlan;
import io.jstress.workload.WorkloadPlan;
import io.jstress.workload.user.UserPlan;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs one validated workload end to end and returns the process exit code: 0 on success, 1 when the run
 * failed, 128 + the signal when interrupted. Every failure becomes one line on stderr, never a stack trace.
 */
public final class Run
{
    private Run()
    {
    }

    /** @param args the command line as given, for the JSON summary (passwords are masked there) */
    public static int execute(final StressSettings settings, final String[] args, final PrintStream stdout,
        final PrintStream err)
    {
        try
        {
            OutputFiles.check(settings.log());
            final WorkloadPlan plan = settings.command().type() == Command.USER
                ? new UserPlan(settings) : new PredefinedPlan(settings);
            HeapBudget.check(settings.rate(), plan.bufferBytesPerOp(), Runtime.getRuntime().maxMemory());
            try (Console console = Console.open(settings.log(), stdout))
            {
                final PrintStream out = console.out();
                if (!settings.log().noSettings())
                {
                    SettingsDump.print(settings, out);
                }
                try (EmbeddedCluster cluster = startEmbedded(settings, out))
                {
                    final Sessions.Target target = target(settings, cluster);
                    return new Workflow(settings, plan, target, maskPasswords(String.join(" ", args)), out, err).run();
                }
            }
        }
        catch (final RunFailure e)
        {
            err.println("jstress: " + e.getMessage());
            return 1;
        }
        catch (final IOException | RuntimeException e)
        {
            err.println("jstress: " + oneLine(e));
            return 1;
        }
    }

    private static EmbeddedCluster startEmbedded(final StressSettings settings, final PrintStream out)
        throws IOException
    {
        final int nodes = settings.node().embeddedNodes();
        if (nodes == 0)
        {
            return null;
        }
        final EmbeddedCluster cluster = EmbeddedCluster.start(nodes, true, ClientTls.askedBy(settings.transport()));
        out.println(String.format(Locale.ROOT, "Embedded Cassandra %s: %d node%s at %s%s, ready in %.1f s",
            cluster.releaseVersion(), nodes, nodes == 1 ? "" : "s", addresses(cluster.contactPoints()), cluster.tls(),
            cluster.startupTime().toMillis() / 1000.0));
        return cluster;
    }

    private static Sessions.Target target(final StressSettings settings, final EmbeddedCluster cluster)
        throws IOException
    {
        final String user = settings.mode().user().orElse(null);
        final String password = settings.mode().password().map(p -> p.reveal()).orElse(null);
        if (cluster != null)
        {
            return new Sessions.Target(cluster.contactPoints(),
                user != null ? user : cluster.user().orElse(null),
                user != null ? password : cluster.password().orElse(null), cluster.clientTls(settings.transport()));
        }
        final List<InetSocketAddress> points = new ArrayList<>();
        for (final String host : settings.node().hosts())
        {
            points.add(new InetSocketAddress(host, settings.port().nativePort()));
        }
        return new Sessions.Target(points, user, password, settings.transport().tls());
    }

    private static String addresses(final List<InetSocketAddress> points)
    {
        final StringBuilder b = new StringBuilder();
        for (final InetSocketAddress p : points)
        {
            b.append(b.length() == 0 ? "" : ",").append(p.getHostString()).append(':').append(p.getPort());
        }
        return b.toString();
    }

    /** A failure's message on one line, naming what failed without the driver's exception text. */
    static String oneLine(final Throwable e)
    {
        if (e instanceof AllNodesFailedException all && !all.getAllErrors().isEmpty())
        {
            for (final List<Throwable> errors : all.getAllErrors().values())
            {
                if (!errors.isEmpty() && errors.get(0) instanceof AuthenticationException auth)
                {
                    return "authentication failed: " + firstLine(auth.getMessage());
                }
            }
            final StringBuilder nodes = new StringBuilder();
            all.getAllErrors().keySet().forEach(node -> nodes.append(nodes.length() == 0 ? "" : ", ")
                .append(node.getEndPoint().resolve() instanceof InetSocketAddress a
                    ? a.getHostString() + ":" + a.getPort() : node.getEndPoint().toString()));
            return "cannot connect to " + nodes + ": no node answered (check -node and -port native=)";
        }
        if (e instanceof AuthenticationException)
        {
            return "authentication failed: " + firstLine(e.getMessage());
        }
        final String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof DriverException ? "driver error: " + firstLine(message) : firstLine(message);
    }

    private static String firstLine(final String s)
    {
        final int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** Every *password= word's value becomes *suppressed*, whatever its case. */
    static String maskPasswords(final String commandLine)
    {
        return commandLine.replaceAll("(?i)([\\w-]*password\\s*=\\s*)[^\\s]+", "$1*suppressed*");
    }
}
