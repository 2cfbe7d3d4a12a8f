package io.jstress.settings;

/** The consistency levels cassandra-stress accepts for cl=. */
public enum Consistency
{
    ANY, ONE, TWO, THREE, QUORUM, ALL, LOCAL_QUORUM, EACH_QUORUM, SERIAL, LOCAL_SERIAL, LOCAL_ONE
}
