// Draws the runs of the stats block: one section per test (WRITE, READ...), each run one series. Runs that
// cassandra-stress wrote have only its interval columns; runs jstress wrote add a "jstress" object with st, rt
// and wt over time and the whole run's percentile spectrum of each.
(function () {
    'use strict';
    var COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f',
        '#bcbd22', '#17becf'];
    var PERCENTILES = [
        {name: 'p50', column: 'med', dash: []},
        {name: 'p95', column: '.95', dash: [10, 4]},
        {name: 'p99', column: '.99', dash: [4, 3]},
        {name: 'max', column: 'max', dash: [1, 3]}
    ];
    var KINDS = [
        {kind: 'st', title: 'Service time (st): sent to done'},
        {kind: 'rt', title: 'Response time (rt): intended start to done'},
        {kind: 'wt', title: 'Wait time (wt): intended start to sent'}
    ];
    var HEIGHT = 280;

    function element(tag, text, cls) {
        var e = document.createElement(tag);
        if (text !== undefined) {
            e.textContent = text;
        }
        if (cls) {
            e.className = cls;
        }
        return e;
    }

    function runName(run) {
        return run.label !== undefined && run.label !== null ? String(run.label) : String(run.revision);
    }

    function metricsOf(run, all) {
        return run.metrics || (all.length > 0 && all[0].metrics) || [];
    }

    // cassandra-stress keeps a mixed run's per-op rows too, each followed by the total row of the same time
    function totalRows(run, metrics) {
        var time = metrics.indexOf('time');
        var rows = run.intervals || [];
        return rows.filter(function (row, i) {
            return run.jstress || time < 0 || i + 1 >= rows.length || rows[i + 1][time] !== row[time];
        });
    }

    function column(run, metrics, name) {
        var i = metrics.indexOf(name);
        return totalRows(run, metrics).map(function (row) {
            var v = i < 0 ? null : row[i];
            return v === undefined ? null : v;
        });
    }

    // exact interval end times when jstress recorded them, else the printed (rounded) time column
    function timesOf(run, metrics) {
        var extra = run.jstress;
        if (extra && extra.time_s && extra.time_s.length === (run.intervals || []).length) {
            return extra.time_s.slice();
        }
        return column(run, metrics, 'time');
    }

    function latencyOf(run, kind) {
        return run.jstress && run.jstress.latency_ms ? run.jstress.latency_ms[kind] : undefined;
    }

    function groupByTest(all) {
        var order = [];
        var groups = {};
        all.forEach(function (run) {
            var test = String(run.test);
            if (!groups.hasOwnProperty(test)) {
                groups[test] = [];
                order.push(test);
            }
            groups[test].push(run);
        });
        return order.map(function (test) {
            return {test: test, runs: groups[test]};
        });
    }

    // one uPlot chart; each table is [xs, ys...] with its own xs, joined on x
    function chart(parent, title, xLabel, yLabel, tables, series, xOptions) {
        parent.appendChild(element('h3', title));
        var div = element('div', undefined, 'chart');
        parent.appendChild(div);
        var width = Math.max(600, Math.min(1200, (document.body.clientWidth || 1000) - 48));
        var plot = new uPlot({
            width: width,
            height: HEIGHT,
            scales: {x: {time: false, distr: xOptions.log ? 3 : 1, log: 10}},
            axes: [{label: xLabel, values: xOptions.values, splits: xOptions.splits}, {label: yLabel, size: 60}],
            series: [{label: xLabel, value: xOptions.legend}].concat(series)
        }, uPlot.join(tables), div);
        window.jstressGraph.charts.push({title: title, plot: plot});
    }

    function line(label, color, dash) {
        return {label: label, stroke: color, width: 1.5, dash: dash, spanGaps: true, points: {show: false}};
    }

    function opRateChart(section, group, all) {
        var tables = [];
        var series = [];
        group.runs.forEach(function (run, i) {
            var metrics = metricsOf(run, all);
            tables.push([timesOf(run, metrics), column(run, metrics, 'op/s')]);
            series.push(line(runName(run), COLORS[i % COLORS.length], []));
        });
        chart(section, 'Operation rate', 'time (s)', 'op/s', tables, series, {});
    }

    // st, or the console's latency columns for a run cassandra-stress wrote
    function latencyChart(section, group, all, kind, title) {
        var tables = [];
        var series = [];
        group.runs.forEach(function (run, i) {
            var metrics = metricsOf(run, all);
            var recorded = latencyOf(run, kind);
            if (!recorded && kind !== 'st') {
                return;
            }
            var table = [timesOf(run, metrics)];
            PERCENTILES.forEach(function (p) {
                table.push(recorded ? recorded[p.name] : column(run, metrics, p.column));
                series.push(line(runName(run) + ' ' + p.name + (recorded ? '' : ' (console)'),
                    COLORS[i % COLORS.length], p.dash));
            });
            tables.push(table);
        });
        if (tables.length === 0) {
            section.appendChild(element('h3', title));
            section.appendChild(element('p', 'Not recorded: runs with -rate fixed= or throttle= record it.',
                'missing'));
            return;
        }
        chart(section, title + ' (p50, p95, p99, max)', 'time (s)', 'ms', tables, series, {});
    }

    // [xs, ys] of one spectrum; x is 1 / (1 - percentile), so each "nine" takes the same width
    function spectrumTable(points) {
        var byX = {};
        var xs = [];
        points.forEach(function (point) {
            if (point[0] < 100) {
                var x = 100 / (100 - point[0]);
                if (!byX.hasOwnProperty(x)) {
                    xs.push(x);
                }
                byX[x] = point[1];
            }
        });
        if (points.length > 0) {
            // 100% has no finite place: the maximum is drawn one "nine" beyond the last point
            var top = xs.length > 0 ? xs[xs.length - 1] * 10 : 10;
            xs.push(top);
            byX[top] = points[points.length - 1][1];
        }
        return [xs, xs.map(function (x) { return byX[x]; })];
    }

    function percentile(x) {
        return (Math.round((100 - 100 / x) * 10000) / 10000) + '%';
    }

    function decades(u) {
        var max = u.scales.x.max || 10;
        var splits = [];
        for (var x = 1; x <= max * 1.0001; x *= 10) {
            splits.push(x);
        }
        return splits;
    }

    function spectrumChart(section, group, kind) {
        var tables = [];
        var series = [];
        group.runs.forEach(function (run, i) {
            var spectrum = run.jstress && run.jstress.spectrum_ms;
            if (spectrum && spectrum[kind.kind]) {
                tables.push(spectrumTable(spectrum[kind.kind]));
                series.push(line(runName(run), COLORS[i % COLORS.length], []));
            }
        });
        if (tables.length === 0) {
            if (kind.kind === 'st') {
                section.appendChild(element('h3', 'Percentile spectrum'));
                section.appendChild(element('p', 'Not recorded: cassandra-stress keeps no merged histogram.',
                    'missing'));
            }
            return;
        }
        chart(section, 'Percentile spectrum of the whole run: ' + kind.title, 'percentile', 'ms', tables, series, {
            log: true,
            splits: decades,
            values: function (u, splits) { return splits.map(percentile); },
            legend: function (u, x) { return x === null || x === undefined ? '--' : percentile(x); }
        });
    }

    var SUMMARY = ['op rate', 'latency mean', 'latency median', 'latency 95th percentile', 'latency 99th percentile',
        'latency 99.9th percentile', 'latency max', 'total errors', 'total operation time'];

    function summaryTable(section, group) {
        var table = element('table', undefined, 'runs');
        var head = element('tr');
        ['run'].concat(SUMMARY).concat(['command']).forEach(function (name) {
            head.appendChild(element('th', name));
        });
        table.appendChild(head);
        group.runs.forEach(function (run, i) {
            var row = element('tr');
            var name = element('td');
            var swatch = element('span', undefined, 'swatch');
            swatch.style.background = COLORS[i % COLORS.length];
            name.appendChild(swatch);
            name.appendChild(document.createTextNode(runName(run)));
            row.appendChild(name);
            SUMMARY.forEach(function (key) {
                row.appendChild(element('td', run[key] === undefined ? '' : String(run[key])));
            });
            row.appendChild(element('td', run.command === undefined ? '' : String(run.command), 'command'));
            table.appendChild(row);
        });
        section.appendChild(table);
    }

    function draw() {
        var data = typeof stats === 'object' && stats !== null ? stats : {stats: []};
        var all = data.stats || [];
        var heading = data.title ? String(data.title) : 'jstress';
        document.title = heading;
        document.getElementById('title').textContent = heading;
        document.getElementById('note').textContent = all.length + ' run' + (all.length === 1 ? '' : 's')
            + '. Click a legend entry to hide or show its series.';
        var sections = document.getElementById('sections');
        groupByTest(all).forEach(function (group) {
            var section = element('section');
            section.appendChild(element('h2', group.test));
            sections.appendChild(section);
            opRateChart(section, group, all);
            KINDS.forEach(function (k) {
                latencyChart(section, group, all, k.kind, k.title);
            });
            KINDS.forEach(function (k) {
                spectrumChart(section, group, k);
            });
            summaryTable(section, group);
        });
    }

    function start() {
        try {
            draw();
        } catch (e) {
            window.jstressGraph.errors.push(String(e && e.stack ? e.stack : e));
            document.body.appendChild(element('p', 'The page could not draw: ' + e, 'error'));
        }
        window.jstressGraph.ready = true;
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
