package io.jstress.settings;

/** -port native=; given says whether the user chose it (only then is it passed to the driver). */
public record PortSettings(int nativePort, boolean given)
{
    public static final int DEFAULT_NATIVE = 9042;
}
