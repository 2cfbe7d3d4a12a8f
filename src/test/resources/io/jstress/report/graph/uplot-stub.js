// Stands in for uPlot where the page is checked in HtmlUnit, whose script engine cannot parse uPlot's
// ES2020 syntax: it keeps what the page asks to draw, so the page's own script is still checked.
var uPlot = function (opts, data, target) {
    this.series = opts.series;
    this.data = data;
    target.appendChild(document.createElement('canvas'));
};
uPlot.join = function (tables) {
    var xs = [];
    tables.forEach(function (t) {
        t[0].forEach(function (x) {
            if (xs.indexOf(x) < 0) {
                xs.push(x);
            }
        });
    });
    xs.sort(function (a, b) { return a - b; });
    var joined = [xs];
    tables.forEach(function (t) {
        for (var s = 1; s < t.length; s++) {
            var ys = xs.map(function () { return undefined; });
            t[0].forEach(function (x, i) { ys[xs.indexOf(x)] = t[s][i]; });
            joined.push(ys);
        }
    });
    return joined;
};
