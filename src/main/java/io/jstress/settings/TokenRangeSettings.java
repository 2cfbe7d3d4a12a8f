package io.jstress.settings;

/**
 * -tokenrange: how the user command's token range queries walk the ring. Without wrap, the run ends once every
 * range was read; with it, the ranges are read again until n= or duration= ends the run.
 *
 * @param splitFactor each of the ring's ranges is split evenly into this many
 */
public record TokenRangeSettings(boolean wrap, int splitFactor)
{
    public static final TokenRangeSettings DEFAULT = new TokenRangeSettings(false, 1);
}
