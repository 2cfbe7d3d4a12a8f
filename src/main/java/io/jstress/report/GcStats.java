package io.jstress.report;

/** The loader JVM's garbage collections over some span: count, pause times in ms, and bytes reclaimed. */
public record GcStats(double count, double maxMs, double sumMs, double sdvMs, double bytes)
{
    public static final GcStats NONE = new GcStats(0, 0, 0, 0, 0);
}
