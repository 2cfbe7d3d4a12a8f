package io.jstress.examples;

import io.jstress.cli.Invocation;
import io.jstress.cli.StressCommandLine;
import io.jstress.settings.StressSettings;
import io.jstress.settings.Stop;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * examples/kubernetes holds together: the Indexed Job runs K loaders that split one command and start together, each
 * pod's index reaches its -split, and the merge Job reads exactly the files the loaders write, on the same volume.
 * No Kubernetes here: the manifests are read as Kubernetes would read them, and their args parsed as jstress would.
 */
class KubernetesExampleTest
{
    private static final Path DIR = Path.of(System.getProperty("jstress.home", "."), "examples", "kubernetes");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\(([A-Z_][A-Z0-9_]*)\\)");

    @Test
    void theLoadersJobRunsKPodsThatEachRunTheirShareAndTheMergeJobReadsWhatTheyWrite() throws IOException
    {
        final Map<String, Object> loaders = yaml("loaders-job.yaml");
        assertEquals("Job", loaders.get("kind"));
        final Map<String, Object> spec = map(loaders, "spec");
        assertEquals("Indexed", spec.get("completionMode"));
        final int k = (Integer)spec.get("completions");
        assertEquals(k, spec.get("parallelism"), "all K pods run at once");
        final Map<String, Object> pod = map(map(spec, "template"), "spec");
        final Map<String, Object> container = list(pod, "containers").get(0);
        final Map<String, Object> env = byName(list(container, "env"));
        assertEquals("metadata.annotations['batch.kubernetes.io/job-completion-index']",
            map(map(env.get("JOB_COMPLETION_INDEX"), "valueFrom"), "fieldRef").get("fieldPath"));
        final Map<String, Object> startAt = map(map(env.get("START_AT"), "valueFrom"), "configMapKeyRef");
        assertTrue(Files.readString(DIR.resolve("README.md")).contains("kubectl create configmap "
            + startAt.get("name") + " --from-literal=" + startAt.get("key") + "="), "the README creates the start");

        final Set<Path> hdrLogs = new HashSet<>();
        final Set<Path> summaries = new HashSet<>();
        long ops = 0;
        final String at = Long.toString(Instant.now().getEpochSecond() + 120);
        for (int i = 0; i < k; i++)
        {
            final Map<String, String> podEnv = Map.of("JOB_COMPLETION_INDEX", Integer.toString(i), "START_AT", at);
            final StressSettings loader = ((Invocation.Workload)StressCommandLine.parse(podEnv,
                args(container, podEnv))).settings();
            assertEquals(i, loader.split().index(), "pod " + i + "'s index reaches its -split");
            assertEquals(k, loader.split().of(), "of= is the Job's completions");
            assertEquals(Instant.ofEpochSecond(Long.parseLong(at)), loader.split().startAt().orElseThrow());
            ops += ((Stop.Count)loader.command().stop()).operations();
            hdrLogs.add(loader.log().hdrFile().orElseThrow());
            summaries.add(loader.log().json().orElseThrow());
        }
        assertEquals(k, hdrLogs.size(), "every pod writes its own HDR log: " + hdrLogs);
        assertEquals(k, summaries.size(), "every pod writes its own summary: " + summaries);
        assertEquals(30_000_000, ops, "the shares add up to the command's n=");

        final Map<String, Object> merge = yaml("merge-job.yaml");
        final Map<String, Object> mergePod = map(map(map(merge, "spec"), "template"), "spec");
        final Map<String, Object> mergeHdr = list(mergePod, "initContainers").get(0);
        final Map<String, Object> mergeJson = list(mergePod, "containers").get(0);
        assertEquals(hdrLogs, Set.copyOf(merged(mergeHdr).files()), "the merge step reads every HDR log");
        assertEquals(summaries, Set.copyOf(merged(mergeJson).files()), "the merge step reads every summary");
        for (final Map<String, Object> reader : List.of(mergeHdr, mergeJson))
        {
            assertEquals(container.get("volumeMounts"), reader.get("volumeMounts"), "the same mount");
            assertEquals(container.get("image"), reader.get("image"), "the same image");
        }
        assertEquals(pod.get("volumes"), mergePod.get("volumes"), "the same volume");
        final String claim = (String)map(list(pod, "volumes").get(0), "persistentVolumeClaim").get("claimName");
        assertEquals(claim, map(yaml("results-pvc.yaml"), "metadata").get("name"));
    }

    @Test
    void theImageIsBuiltOnJdk17AndRunsTheLauncher() throws IOException
    {
        final List<String> lines = Files.readAllLines(DIR.resolve("Dockerfile"));
        final List<String> bases = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertEquals(2, bases.size(), bases::toString);
        bases.forEach(b -> assertTrue(b.contains("temurin-17") || b.contains("temurin:17"), b));
        assertTrue(lines.contains("ENTRYPOINT [\"/opt/jstress/jstress\"]"), lines::toString);
        final Object image = list(map(map(map(yaml("loaders-job.yaml"), "spec"), "template"), "spec"), "containers")
            .get(0).get("image");
        assertTrue(Files.readString(DIR.resolve("README.md")).contains(
            "docker build -f examples/kubernetes/Dockerfile -t " + image + " ."),
            "the README builds the image the Jobs run");
    }

    private static Invocation.Merge merged(final Map<String, Object> container)
    {
        return (Invocation.Merge)StressCommandLine.parse(Map.of(), args(container, Map.of()));
    }

    /** The container's args with $(VAR) expanded from env, as Kubernetes expands them. */
    private static String[] args(final Map<String, Object> container, final Map<String, String> env)
    {
        @SuppressWarnings("unchecked")
        final List<Object> args = (List<Object>)container.get("args");
        return args.stream().map(a ->
        {
            final Matcher m = VARIABLE.matcher(a.toString());
            final StringBuilder out = new StringBuilder();
            while (m.find())
            {
                assertTrue(env.containsKey(m.group(1)), "no value for $(" + m.group(1) + ")");
                m.appendReplacement(out, Matcher.quoteReplacement(env.get(m.group(1))));
            }
            return m.appendTail(out).toString();
        }).toArray(String[]::new);
    }

    private static Map<String, Object> yaml(final String file) throws IOException
    {
        try (Reader reader = Files.newBufferedReader(DIR.resolve(file)))
        {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(final Object parent, final String key)
    {
        return (Map<String, Object>)((Map<String, Object>)parent).get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(final Map<String, Object> parent, final String key)
    {
        return (List<Map<String, Object>>)parent.get(key);
    }

    private static Map<String, Object> byName(final List<Map<String, Object>> entries)
    {
        final Map<String, Object> named = new HashMap<>();
        entries.forEach(e -> named.put((String)e.get("name"), e));
        return named;
    }
}
