package io.jstress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** argv becomes words exactly as cassandra-stress's repairParams and parseMap group them. */
class WordSplitterTest
{
    @Test
    void spacesAroundSeparatorsAreRemovedAndQuotedGroupsSplit()
    {
        assertEquals(List.of("write", "n=100", "-node", "10.0.0.1,10.0.0.2", "-col", "size=FIXED(1024)", "n=FIXED(5)"),
            WordSplitter.normalise(Argv.of("write n = 100 -node 10.0.0.1, 10.0.0.2 -col 'size= FIXED( 1024 ) n=FIXED(5)'")));
    }

    @Test
    void wordsInsideABracketStayOneWord()
    {
        assertEquals(List.of("-schema", "replication(strategy=NetworkTopologyStrategy,replication_factor=3)",
                "keyspace=test"),
            WordSplitter.normalise(Argv.of("-schema 'replication(strategy=NetworkTopologyStrategy replication_factor=3) keyspace=test'")));
    }

    @Test
    void aBracketLeftOpenNeverSwallowsTheOptionsAfterIt()
    {
        final RawLine line = WordSplitter.split(WordSplitter.normalise(
            Argv.of("write n=10 -mode password=ab(c user=u -node 127.0.0.5")));
        assertEquals(List.of("password=ab(c", "user=u"), line.options().get("-mode"));
        assertEquals(List.of("127.0.0.5"), line.options().get("-node"));
        assertEquals(List.of("-schema", "replication(strategy=X", "keyspace=k"),
            WordSplitter.normalise(Argv.of("-schema 'replication(strategy=X keyspace=k'")));
    }

    @Test
    void aStrayClosingBracketDoesNotUnbalanceTheGroupsAfterIt()
    {
        assertEquals(List.of("password=a)b", "replication(strategy=X,factor=3)"),
            WordSplitter.normalise(Argv.of("password=a)b 'replication(strategy=X factor=3)'")));
    }

    @Test
    void eachOptionOwnsTheWordsUpToTheNextDashWord()
    {
        final RawLine line = WordSplitter.split(WordSplitter.normalise(
            Argv.of("WRITE n=10 cl=ONE -RATE threads=2 -log -errors ignore")));
        assertEquals("write", line.command());
        assertEquals(List.of("n=10", "cl=ONE"), line.commandWords());
        assertEquals(Map.of("-rate", List.of("threads=2"), "-log", List.of(), "-errors", List.of("ignore")),
            line.options());
    }

    @Test
    void atFilesAreNotExpanded()
    {
        assertEquals(List.of("@args", "n=1"), WordSplitter.split(List.of("write", "@args", "n=1")).commandWords());
    }

    @Test
    void sendToIsAnotherNameForSendto()
    {
        assertEquals(Map.of("-sendto", List.of("host1")),
            WordSplitter.split(List.of("write", "-send-to", "host1")).options());
    }
}
