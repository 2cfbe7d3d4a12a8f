package io.jstress.perf;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the CPU goes, from a JFR recording: execution samples split by owner (jstress, driver, Netty, the
 * pipeline's libraries, the JDK), with JDK frames charged to the nearest caller that is not the JDK, the top
 * methods, the busiest threads, the time spent in GC pauses, and what allocates (the allocation samples).
 *
 * <pre>java -cp ... io.jstress.perf.JfrTop recording.jfr [top-n]</pre>
 */
public final class JfrTop
{
    private static final String[][] OWNERS = {
        {"io.jstress.", "jstress"},
        {"com.datastax.", "driver"},
        {"io.netty.", "netty"},
        {"com.lmax.", "disruptor"},
        {"org.agrona.", "agrona"},
        {"org.HdrHistogram.", "hdrhistogram"},
    };

    private JfrTop()
    {
    }

    public static void main(final String[] args) throws IOException
    {
        final int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        final Map<String, Long> owners = new HashMap<>();
        final Map<String, Long> methods = new HashMap<>();
        final Map<String, Long> threads = new HashMap<>();
        final Map<String, Long> allocations = new HashMap<>();
        final Map<String, Long> allocationOwners = new HashMap<>();
        long samples = 0;
        Duration pauses = Duration.ZERO;
        for (final RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0])))
        {
            final String type = e.getEventType().getName();
            if (type.equals("jdk.GCPhasePause"))
            {
                pauses = pauses.plus(e.getDuration());
            }
            if (type.equals("jdk.ObjectAllocationSample") && e.getStackTrace() != null
                && !e.getStackTrace().getFrames().isEmpty())
            {
                final String owner = owner(e.getStackTrace().getFrames());
                allocations.merge(e.getClass("objectClass").getName() + " by "
                    + name(e.getStackTrace().getFrames().get(0)) + " [" + owner + "]", e.getLong("weight"), Long::sum);
                allocationOwners.merge(owner, e.getLong("weight"), Long::sum);
            }
            if (!type.equals("jdk.ExecutionSample") || e.getStackTrace() == null)
            {
                continue;
            }
            final RecordedStackTrace stack = e.getStackTrace();
            if (stack.getFrames().isEmpty())
            {
                continue;
            }
            samples++;
            owners.merge(owner(stack.getFrames()), 1L, Long::sum);
            methods.merge(name(stack.getFrames().get(0)), 1L, Long::sum);
            threads.merge(e.getThread("sampledThread").getJavaName(), 1L, Long::sum);
        }
        System.out.printf(Locale.ROOT, "%,d execution samples; GC pauses %,d ms in total%n", samples,
            pauses.toMillis());
        print("by owner (JDK frames charged to their nearest non-JDK caller)", owners, samples, top);
        print("top methods (self)", methods, samples, top);
        print("by thread", threads, samples, top);
        final long allocated = allocations.values().stream().mapToLong(Long::longValue).sum();
        print("allocation (sampled bytes) by owner", allocationOwners, allocated, top);
        print("allocation by class, allocating method and owner", allocations, allocated, top);
    }

    private static String owner(final List<RecordedFrame> frames)
    {
        for (final RecordedFrame f : frames)
        {
            final String type = f.getMethod().getType().getName();
            for (final String[] o : OWNERS)
            {
                if (type.startsWith(o[0]))
                {
                    return o[1];
                }
            }
        }
        return "jdk";
    }

    private static String name(final RecordedFrame f)
    {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(final String title, final Map<String, Long> counts, final long total, final int top)
    {
        System.out.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
            .forEach(en -> System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * en.getValue() / total,
                en.getKey()));
    }
}
