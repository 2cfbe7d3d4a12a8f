package io.jstress.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jstress.cli.StressCommandLine;
import io.jstress.cli.UsageException;
import io.jstress.settings.StressSettings;

import org.junit.jupiter.api.Test;

/**
 * -schema storage(...) adds ScyllaDB's keyspace storage clause as cassandra-stress writes it (Cassandra has no
 * such option, so this is checked in the DDL rather than against the test node).
 */
class SchemaStorageTest
{
    private static String keyspaceDdl(final String line)
    {
        final StressSettings s = StressCommandLine.settings(line.split(" "));
        return new Schema(s.schema(), s.columns()).createKeyspace();
    }

    @Test
    void s3StorageGoesIntoTheKeyspaceDdl()
    {
        assertEquals("CREATE KEYSPACE IF NOT EXISTS \"keyspace1\" WITH replication = {'class': 'SimpleStrategy', "
                + "'replication_factor' : '1'} AND storage = {'type': 'S3', 'endpoint' : 'minio:9000', "
                + "'bucket' : 'stress'} AND durable_writes = true",
            keyspaceDdl("write n=1 -schema storage(type=S3,endpoint=minio:9000,bucket=stress)"));
        assertEquals("CREATE KEYSPACE IF NOT EXISTS \"keyspace1\" WITH replication = {'class': 'SimpleStrategy', "
                + "'replication_factor' : '1'} AND durable_writes = true", keyspaceDdl("write n=1"));
    }

    @Test
    void s3NeedsEndpointAndBucket()
    {
        final UsageException e = assertThrows(UsageException.class,
            () -> StressCommandLine.settings("write", "n=1", "-schema", "storage(type=S3,bucket=b)"));
        assertEquals(true, e.getMessage().contains("storage(type=S3,bucket=b)"), e.getMessage());
    }
}
