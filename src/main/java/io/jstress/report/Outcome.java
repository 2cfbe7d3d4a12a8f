package io.jstress.report;

/** How an operation ended. Every class but OK and CANCELLED counts as an error, and each is counted apart. */
public enum Outcome
{
    OK("ok"),
    TIMEOUT("timeout"),
    UNAVAILABLE("unavailable"),
    OVERLOADED("overloaded"),
    NO_HOST("no_host"),
    VALIDATION("validation"),
    OTHER("other"),
    /** Still pending when a timed run reached its deadline: neither a sample nor an error. */
    CANCELLED("cancelled");

    public static final Outcome[] ERRORS = {TIMEOUT, UNAVAILABLE, OVERLOADED, NO_HOST, VALIDATION, OTHER};

    private final String label;

    Outcome(final String label)
    {
        this.label = label;
    }

    public String label()
    {
        return label;
    }

    public boolean error()
    {
        return this != OK && this != CANCELLED;
    }
}
