// Draws the estimator's two charts from the JSON the page embeds: total cost per model with its P10–P90
// whiskers, and cumulative cost by month per model. Kept in a file because the CSP forbids inline scripts.
(function () {
  'use strict';
  function draw() {
    var source = document.getElementById('estimate-chart-data');
    if (!source || typeof echarts === 'undefined') { return; }
    var data = JSON.parse(source.textContent);
    var number = new Intl.NumberFormat(data.locale, { maximumFractionDigits: 0 });
    var money = function (value) { return number.format(value) + ' ' + data.currency; };
    var labels = data.models.map(function (m) { return m.label; });
    var palette = ['#1b3e73', '#2f7d6d', '#c07a16', '#7a4fa3', '#b8433a'];

    var totals = echarts.init(document.getElementById('chart-totals'));
    totals.setOption({
      color: palette,
      title: { text: data.totalsTitle, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: {
        trigger: 'axis', axisPointer: { type: 'shadow' },
        formatter: function (params) {
          var m = data.models[params[0].dataIndex];
          return m.label + '<br>' + money(m.total) + '<br>' + data.rangeLabel + ': ' + money(m.p10) + ' – ' + money(m.p90);
        }
      },
      grid: { left: 90, right: 20, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: 20 } },
      yAxis: { type: 'value', axisLabel: { formatter: function (v) { return number.format(v); } } },
      series: [
        { name: 'total', type: 'bar', data: data.models.map(function (m, i) {
            return { value: Number(m.total), itemStyle: { color: palette[i % palette.length] } }; }) },
        { name: 'range', type: 'custom', data: data.models.map(function (m, i) { return [i, Number(m.p10), Number(m.p90)]; }),
          renderItem: function (params, api) {
            var low = api.coord([api.value(0), api.value(1)]);
            var high = api.coord([api.value(0), api.value(2)]);
            var half = api.size([1, 0])[0] * 0.15;
            var style = { stroke: '#222', lineWidth: 1.5 };
            return { type: 'group', children: [
              { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style: style },
              { type: 'line', shape: { x1: low[0] - half, y1: low[1], x2: low[0] + half, y2: low[1] }, style: style },
              { type: 'line', shape: { x1: high[0] - half, y1: high[1], x2: high[0] + half, y2: high[1] }, style: style }
            ] };
          }, z: 10 }
      ]
    });

    var months = [];
    for (var i = 1; i <= data.months; i++) { months.push(i); }
    var cumulative = echarts.init(document.getElementById('chart-cumulative'));
    cumulative.setOption({
      color: palette,
      title: { text: data.cumulativeTitle, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return money(v); } },
      legend: { bottom: 0, data: labels },
      grid: { left: 90, right: 20, top: 40, bottom: 60 },
      xAxis: { type: 'category', name: data.monthLabel, nameLocation: 'middle', nameGap: 25, data: months },
      yAxis: { type: 'value', axisLabel: { formatter: function (v) { return number.format(v); } } },
      series: data.models.map(function (m) {
        return { name: m.label, type: 'line', showSymbol: false, data: m.cumulative.map(Number) };
      })
    });
    window.addEventListener('resize', function () { totals.resize(); cumulative.resize(); });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', draw); } else { draw(); }
})();
