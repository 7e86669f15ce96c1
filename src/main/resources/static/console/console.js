// Draws the page's charts (window.vocstatCharts, from the server) with ECharts, served from the jar.
(function () {
  var charts = window.vocstatCharts || [];
  charts.forEach(function (chart) {
    var element = document.getElementById(chart.id);
    if (!element || typeof echarts === 'undefined') { return; }
    var drawn = echarts.init(element, null, { renderer: window.vocstatRenderer || 'canvas' });
    var option;
    if (chart.type === 'pie') {
      option = {
        title: { text: chart.title, left: 'center', textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'item' },
        animation: false,
        series: [{ type: 'pie', radius: '60%', top: 30,
          data: chart.labels.map(function (label, i) { return { name: label, value: chart.series[0].values[i] }; }) }]
      };
    } else {
      option = {
        title: { text: chart.title, left: 'center', textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'axis' },
        animation: false,
        legend: chart.series.length > 1 ? { bottom: 0 } : undefined,
        grid: { left: 60, right: 20, top: 40, bottom: chart.series.length > 1 ? 50 : 60 },
        xAxis: { type: 'category', data: chart.labels, axisLabel: { interval: 0, rotate: chart.labels.length > 8 ? 30 : 0,
          overflow: 'break', width: Math.max(40, (element.clientWidth - 90) / chart.labels.length - 8) } },
        yAxis: { type: 'value' },
        series: chart.series.map(function (s) { return { name: s.name, type: 'bar', data: s.values, label: { show: chart.labels.length <= 6, position: 'top' } }; })
      };
    }
    drawn.setOption(option);
    element.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { drawn.resize(); });
  });
})();

// Parts of a page the server answers after the page itself (a figure's digest check reads
// every source row again): each element with data-fragment is replaced by what its URL answers.
(function () {
  document.querySelectorAll('[data-fragment]').forEach(function (element) {
    fetch(element.getAttribute('data-fragment'), { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) {
        // A session that expired meanwhile answers with the sign-in page, after a redirect.
        if (!response.ok || response.redirected) { throw new Error('HTTP ' + response.status); }
        return response.text();
      })
      .then(function (html) { element.outerHTML = html; })
      .catch(function () {
        element.className = 'bad';
        element.textContent = '校验未能完成，请刷新页面 (the check did not finish: reload the page)';
      });
  });
})();
