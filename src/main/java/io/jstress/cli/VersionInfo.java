package io.jstress.cli;

import com.datastax.oss.driver.api.core.session.Session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * The version command: key: value lines, as harnesses read them. The project version comes from a resource that
 * Maven filters at build time.
 */
public final class VersionInfo
{
    private static final String RESOURCE = "/io/jstress/version.properties";

    private VersionInfo()
    {
    }

    public static List<String> lines()
    {
        final String vendor = System.getProperty("java.vendor.version", System.getProperty("java.vendor", ""));
        return List.of(
            "Version: " + projectVersion(),
            "Driver: " + Session.OSS_DRIVER_COORDINATES.getName() + " " + Session.OSS_DRIVER_COORDINATES.getVersion(),
            "Java: " + System.getProperty("java.version") + (vendor.isBlank() ? "" : " (" + vendor + ")"));
    }

    static String projectVersion()
    {
        try (InputStream in = VersionInfo.class.getResourceAsStream(RESOURCE))
        {
            final Properties properties = new Properties();
            if (in != null)
            {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }
}
