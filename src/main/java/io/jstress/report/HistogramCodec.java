package io.jstress.report;

import org.HdrHistogram.Histogram;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;

/**
 * A histogram as text: HdrHistogram's compressed encoding in Base64, the same form an HDR log line carries, so
 * any HdrHistogram tool decodes it. The JSON summary stores whole-run histograms this way, which makes merging
 * summaries exact.
 */
public final class HistogramCodec
{
    private HistogramCodec()
    {
    }

    public static String encode(final Histogram histogram)
    {
        final ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        final int length = histogram.encodeIntoCompressedByteBuffer(buffer, Deflater.BEST_COMPRESSION);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
    }

    /** @throws IllegalArgumentException when the text is not an encoded histogram */
    public static Histogram decode(final String text)
    {
        try
        {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(text)), 0);
        }
        catch (final DataFormatException | RuntimeException e)
        {
            throw new IllegalArgumentException("not an encoded histogram", e);
        }
    }
}
