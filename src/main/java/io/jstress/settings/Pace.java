package io.jstress.settings;

/**
 * The op schedule. THROTTLE and FIXED run the same schedule (intended start of op i = t0 + i/rate, catching
 * up when late); they differ only in what the console prints as latency. UNLIMITED is a closed loop.
 */
public record Pace(Kind kind, long opsPerSecond)
{
    public enum Kind
    {
        UNLIMITED, THROTTLE, FIXED
    }

    public static final Pace UNLIMITED = new Pace(Kind.UNLIMITED, 0);

    public boolean scheduled()
    {
        return kind != Kind.UNLIMITED;
    }
}
