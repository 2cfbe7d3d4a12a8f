package io.jstress.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jstress.testing.SharedNode;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Level;

/**
 * -graph in a real browser: two runs with different revision= land in one self-contained page, which loads with
 * no script error and draws every reported interval of each run as its own series. Headless Chromium (Debian's
 * chromium and chromium-driver) when installed; the page's own script in HtmlUnit always.
 */
@ExtendWith(SharedNode.class)
@Timeout(240)
class GraphPageTest
{
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String UPLOT_START = "/*! https://github.com/leeoniya/uPlot";
    /** What the page drew: each chart's title, series labels and how many points each series holds. */
    private static final String CHARTS = "return JSON.stringify({ready: !!jstressGraph.ready, errors: jstressGraph.errors,"
        + " charts: jstressGraph.charts.map(function (c) { return {title: c.title,"
        + " series: c.plot.series.slice(1).map(function (s) { return s.label; }),"
        + " points: c.plot.data.slice(1).map(function (ys) { return ys.filter(function (v) {"
        + " return v !== null && v !== undefined; }).length; })}; })});";

    @TempDir
    static Path dir;
    private static Path page;
    private static int fixedIntervals;
    private static int openIntervals;

    @BeforeAll
    static void twoRevisionsOfOneWrite()
    {
        page = dir.resolve("nightly.html");
        final Jstress fixed = Jstress.run("write n=600 no-warmup -rate threads=4 fixed=400/s -log interval=250ms "
            + "-schema keyspace=jstress_graph -graph file=" + page + " revision=r1 title=Nightly");
        final Jstress open = Jstress.run("write n=1200 no-warmup -rate threads=8 -log interval=250ms "
            + "-schema keyspace=jstress_graph -graph file=" + page + " revision=r2");
        assertEquals(0, fixed.exitCode, fixed::toString);
        assertEquals(0, open.exitCode, open::toString);
        fixedIntervals = totalRows(fixed);
        openIntervals = totalRows(open);
        assertTrue(fixedIntervals >= 2 && openIntervals >= 1, fixed.out + open.out);
    }

    private static int totalRows(final Jstress run)
    {
        return (int)run.out.lines().filter(l -> l.startsWith("total,")).count();
    }

    @Test
    void chromiumShowsEachRevisionAsASeriesWithAPointPerInterval() throws IOException
    {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER))
        {
            final String why = "GraphPageTest: browser test skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                + "; install Chromium with: apt-get install -y chromium chromium-driver";
            // surefire keeps test output in files and does not print an abort's reason: this one line must show
            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8).println(why);
            Assumptions.abort(why);
        }
        final ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
            .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,3400", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        final LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        final ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        final ChromeDriver chrome = new ChromeDriver(service, options);
        try
        {
            chrome.get(page.toUri().toString());
            new WebDriverWait(chrome, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor)d).executeScript("return !!(window.jstressGraph && jstressGraph.ready);")));
            final JsonNode drawn = new ObjectMapper().readTree((String)chrome.executeScript(CHARTS));
            final Path screenshot = Path.of("target", "graph-page.png");
            Files.createDirectories(screenshot.getParent());
            Files.write(screenshot, ((TakesScreenshot)chrome).getScreenshotAs(OutputType.BYTES));
            final List<String> severe = new ArrayList<>();
            for (final LogEntry entry : chrome.manage().logs().get(LogType.BROWSER))
            {
                if (entry.getLevel().intValue() >= Level.SEVERE.intValue())
                {
                    severe.add(entry.getMessage());
                }
            }
            assertEquals(List.of(), severe, "browser console errors");
            assertTwoRevisionsDrawn(drawn);
        }
        finally
        {
            chrome.quit();
            service.close();
        }
    }

    /** HtmlUnit cannot parse uPlot's ES2020 syntax, so uPlot is stubbed and the page's own script is checked. */
    @Test
    void htmlUnitRunsThePageScriptOverTheStoredRuns() throws IOException
    {
        final String html = Files.readString(page, StandardCharsets.UTF_8);
        final int start = html.indexOf(UPLOT_START);
        final int end = html.indexOf("</script>", start);
        assertTrue(start > 0 && end > start, "the page inlines uPlot");
        final Path stubbed = dir.resolve("stubbed.html");
        Files.writeString(stubbed, html.substring(0, start) + resource("/io/jstress/report/graph/uplot-stub.js")
            + html.substring(end), StandardCharsets.UTF_8);
        try (WebClient client = new WebClient(BrowserVersion.CHROME))
        {
            client.getOptions().setThrowExceptionOnScriptError(true);
            client.getOptions().setCssEnabled(false);
            final HtmlPage loaded = client.getPage(stubbed.toUri().toURL());
            final String drawn = loaded.executeJavaScript("(function () {" + CHARTS + "}())").getJavaScriptResult()
                .toString();
            assertTwoRevisionsDrawn(new ObjectMapper().readTree(drawn));
        }
    }

    private static void assertTwoRevisionsDrawn(final JsonNode drawn)
    {
        assertTrue(drawn.get("ready").asBoolean(), drawn::toString);
        assertEquals(0, drawn.get("errors").size(), drawn::toString);
        final JsonNode opRate = chart(drawn, "Operation rate");
        assertEquals(List.of("r1", "r2"), texts(opRate.get("series")));
        assertEquals(List.of(fixedIntervals, openIntervals), ints(opRate.get("points")));

        final JsonNode st = chart(drawn, "Service time");
        assertEquals(List.of("r1 p50", "r1 p95", "r1 p99", "r1 max", "r2 p50", "r2 p95", "r2 p99", "r2 max"),
            texts(st.get("series")));
        final List<Integer> stPoints = new ArrayList<>(Collections.nCopies(4, fixedIntervals));
        stPoints.addAll(Collections.nCopies(4, openIntervals));
        assertEquals(stPoints, ints(st.get("points")));

        // only r1 ran on a schedule, so only r1 has response and wait times
        for (final String kind : List.of("Response time", "Wait time"))
        {
            final JsonNode chart = chart(drawn, kind);
            assertEquals(List.of("r1 p50", "r1 p95", "r1 p99", "r1 max"), texts(chart.get("series")));
            assertEquals(Collections.nCopies(4, fixedIntervals), ints(chart.get("points")));
        }
        assertEquals(List.of("r1", "r2"), texts(chart(drawn, "Percentile spectrum of the whole run: Service").get("series")));
    }

    private static JsonNode chart(final JsonNode drawn, final String titleStart)
    {
        for (final JsonNode chart : drawn.get("charts"))
        {
            if (chart.get("title").asText().startsWith(titleStart))
            {
                return chart;
            }
        }
        throw new AssertionError("no chart titled " + titleStart + "... in " + drawn);
    }

    private static List<String> texts(final JsonNode array)
    {
        final List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<Integer> ints(final JsonNode array)
    {
        final List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asInt()));
        return values;
    }

    private static String resource(final String name) throws IOException
    {
        try (InputStream in = GraphPageTest.class.getResourceAsStream(name))
        {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
