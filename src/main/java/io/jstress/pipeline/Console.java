package io.jstress.pipeline;

import io.jstress.settings.LogSettings;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Where the run's report goes: stdout, and with -log file= a copy in that file as well. */
final class Console implements AutoCloseable
{
    private final PrintStream out;
    private final OutputStream file;

    private Console(final PrintStream out, final OutputStream file)
    {
        this.out = out;
        this.file = file;
    }

    static Console open(final LogSettings log, final PrintStream stdout)
    {
        if (log.file().isEmpty())
        {
            return new Console(stdout, null);
        }
        final OutputStream file;
        try
        {
            file = new FileOutputStream(log.file().get().toFile());
        }
        catch (final IOException e)
        {
            throw new RunFailure("cannot write -log file=" + log.file().get() + ": " + e.getMessage());
        }
        final OutputStream tee = new OutputStream()
        {
            @Override
            public void write(final int b) throws IOException
            {
                stdout.write(b);
                file.write(b);
            }

            @Override
            public void write(final byte[] b, final int off, final int len) throws IOException
            {
                stdout.write(b, off, len);
                file.write(b, off, len);
            }

            @Override
            public void flush() throws IOException
            {
                stdout.flush();
                file.flush();
            }
        };
        return new Console(new PrintStream(tee, true, StandardCharsets.UTF_8), file);
    }

    PrintStream out()
    {
        return out;
    }

    @Override
    public void close()
    {
        out.flush();
        if (file != null)
        {
            try
            {
                file.close();
            }
            catch (final IOException ignored)
            {
                // the copy is best effort; stdout already has everything
            }
        }
    }
}
