package io.jstress.settings;

/** A password. It prints as *suppressed* everywhere, so no dump, log or exception message can leak it. */
public final class Secret
{
    private final String value;

    public Secret(final String value)
    {
        this.value = value;
    }

    /** The only way to read it: call this where the driver is configured, nowhere else. */
    public String reveal()
    {
        return value;
    }

    @Override
    public String toString()
    {
        return "*suppressed*";
    }

    @Override
    public boolean equals(final Object o)
    {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode()
    {
        return value.hashCode();
    }
}
