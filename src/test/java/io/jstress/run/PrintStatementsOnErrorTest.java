package io.jstress.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

/**
 * -log print-statements-on-error: as cassandra-stress 3.19.0, where only a user op (a SchemaStatement) names its
 * statement, the line of a user op that fails for good names its CQL before the error; a predefined command's line
 * is unchanged. cl=THREE on the one-node test cluster makes every op fail.
 */
@ExtendWith(SharedNode.class)
@Timeout(120)
class PrintStatementsOnErrorTest
{
    private static final String FAIL = " cl=THREE no-warmup -rate threads=1 -errors ignore retries=0 "
        + "-log print-statements-on-error";

    @Test
    void aUserOpThatFailsNamesItsStatement()
    {
        final Jstress run = Jstress.run("user profile=src/test/resources/user/profiles/cqlstress-example.yaml "
            + "ops(simple1=1) n=3 clustering=fixed(1)" + FAIL);

        final List<String> failures = run.err.lines().filter(l -> l.startsWith("Operation x1 on key(s) [")).toList();
        assertEquals(3, failures.size(), run::toString);
        assertTrue(failures.stream().allMatch(l -> l.contains("]: Error executing: "
            + "select * from typestest where name = ? and choice = ? LIMIT 100: (UnavailableException): ")),
            run::toString);
        assertTrue(run.out.contains("  Print Statements On Error: true\n"), run::toString);
    }

    @Test
    void aPredefinedOpThatFailsPrintsNoStatementAsInCassandraStress()
    {
        final Jstress run = Jstress.run("write n=3" + FAIL + " -schema keyspace=jstress_print_statements");

        final List<String> failures = run.err.lines().filter(l -> l.startsWith("Operation x1 on key(s) [")).toList();
        assertEquals(3, failures.size(), run::toString);
        assertTrue(failures.stream().allMatch(l -> l.contains("]: Error executing: (UnavailableException): ")),
            run::toString);
    }
}
