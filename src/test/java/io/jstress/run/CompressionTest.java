package io.jstress.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * -mode compression=lz4|snappy compresses the frames to the node: the driver reports the compressor it
 * negotiated, and sends fewer bytes for the same writes than without it at the same protocol version.
 * -log level=verbose prints both.
 */
@ExtendWith(SharedNode.class)
@Timeout(180)
class CompressionTest
{
    private static final Pattern CONNECTED = Pattern.compile("Driver: protocol (V\\d), compression (\\w+), .*");
    private static final Pattern SENT = Pattern.compile("Driver: ([\\d,]+) bytes sent, .*");

    @Test
    void lz4SendsFewerBytesThanNoCompressionOverProtocolV5()
    {
        final Traffic plain = write("");
        final Traffic lz4 = write("compression=lz4");
        assertEquals("V5 none", plain.negotiated);
        assertEquals("V5 lz4", lz4.negotiated);
        assertTrue(lz4.sent < plain.sent, () -> "lz4 " + lz4.sent + " bytes, none " + plain.sent);
    }

    @Test
    void snappySendsFewerBytesThanNoCompressionOverProtocolV4WhichItNeeds()
    {
        final Traffic plain = write("protocolVersion=4");
        final Traffic snappy = write("compression=snappy");
        assertEquals("V4 none", plain.negotiated);
        assertEquals("V4 snappy", snappy.negotiated, "v5 has no snappy: jstress asks for v4");
        assertTrue(snappy.sent < plain.sent, () -> "snappy " + snappy.sent + " bytes, none " + plain.sent);
    }

    private record Traffic(String negotiated, long sent)
    {
    }

    /** The same 1,000 small writes; their frames are alike, so any compressor shrinks them. */
    private static Traffic write(final String modeWords)
    {
        final Jstress run = Jstress.run("write n=1000 no-warmup -col size=FIXED(1) -schema keyspace=jstress_compression "
            + "-rate threads=8 -log level=verbose -mode native cql3 user=cassandra password=cassandra " + modeWords);
        assertEquals(0, run.exitCode, run::toString);
        String negotiated = null;
        long sent = -1;
        for (final String line : run.err.lines().toList())
        {
            final Matcher c = CONNECTED.matcher(line);
            final Matcher s = SENT.matcher(line);
            if (c.matches())
            {
                negotiated = c.group(1) + " " + c.group(2);
            }
            else if (s.matches())
            {
                sent = Long.parseLong(s.group(1).replace(",", ""));
            }
        }
        assertTrue(negotiated != null && sent > 0, run::toString);
        return new Traffic(negotiated, sent);
    }
}
