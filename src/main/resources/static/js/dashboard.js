// Draws the dashboard's trend: one KPI over the last twelve periods, chosen in the select, from the JSON the page
// embeds. Kept in a file because the CSP forbids inline scripts.
(function () {
  'use strict';
  function draw() {
    var source = document.getElementById('dashboard-chart-data');
    var select = document.getElementById('trend-kpi');
    var element = document.getElementById('trend-chart');
    if (!source || !select || !element || typeof echarts === 'undefined') { return; }
    var data = JSON.parse(source.textContent);
    var number = new Intl.NumberFormat(data.locale, { maximumFractionDigits: 2 });
    data.series.forEach(function (s) {
      var option = document.createElement('option');
      option.value = s.kpi;
      option.textContent = s.name;
      option.selected = s.kpi === data.first;
      select.appendChild(option);
    });
    var chart = echarts.init(element);
    function render() {
      var chosen = data.series.filter(function (s) { return s.kpi === select.value; })[0] || data.series[0];
      if (!chosen) { return; }
      var suffix = chosen.unit === 'PERCENT' ? ' %' : chosen.unit === 'SECONDS' ? ' s' : '';
      chart.setOption({
        color: ['#1b3e73'],
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : number.format(v) + suffix; } },
        grid: { left: 70, right: 20, top: 20, bottom: 40 },
        xAxis: { type: 'category', data: data.labels },
        yAxis: { type: 'value', axisLabel: { formatter: function (v) { return number.format(v) + suffix; } } },
        series: [{ name: chosen.name, type: 'line', connectNulls: false, data: chosen.values }]
      }, true);
    }
    select.addEventListener('change', render);
    render();
    window.addEventListener('resize', function () { chart.resize(); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
