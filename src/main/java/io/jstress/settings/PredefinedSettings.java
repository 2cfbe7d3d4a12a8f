package io.jstress.settings;

/**
 * The words of the predefined commands (write, read, mixed, counter_write, counter_read) that user does not take.
 *
 * @param keySize    keysize=: the partition key's length in bytes (default 10)
 * @param add        add=: each counter column's increment (default FIXED(1))
 * @param clustering clustering=: how many ops in a row mixed runs of one op type (default GAUSSIAN(1..10))
 * @param addWord    add= as given, for the settings dump
 * @param clusteringWord clustering= as given, for the settings dump
 */
public record PredefinedSettings(int keySize, DistributionSpec add, DistributionSpec clustering, String addWord,
    String clusteringWord)
{
}
