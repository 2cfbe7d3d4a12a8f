package io.jstress.report;

/**
 * Sees each interval the console reports, on the stats thread, right after its total row is printed: the -graph
 * report keeps the figures the page draws. Called once per interval, never per operation.
 */
@FunctionalInterface
public interface IntervalObserver
{
    IntervalObserver NONE = (row, total, timeSecs) ->
    {
    };

    /**
     * @param totalRow the total row exactly as printed (cassandra-stress's 19 columns)
     * @param total    the interval's figures for all op types together; valid only during the call
     * @param timeSecs seconds from the run's start to the interval's end, unrounded
     */
    void interval(String totalRow, OpStats.Interval total, double timeSecs);
}
