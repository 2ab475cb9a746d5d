// RepoSignal dashboard: draws the charts of a page from the JSON blocks it embeds
// (<script type="application/json">), and submits filter forms when a choice changes.
// No inline script anywhere: the Content-Security-Policy allows scripts from this server only.
(function () {
  'use strict';

  function readData(id) {
    var block = document.getElementById(id);
    return block ? JSON.parse(block.textContent) : null;
  }

  // Tooltips render into the canvas (richText), so no repository text is ever parsed as HTML.
  var baseTooltip = { trigger: 'axis', renderMode: 'richText', confine: true };

  function historyOption(d) {
    var noData = d.no_data.map(function (span) {
      return [{ xAxis: span[0], name: 'no data' }, { xAxis: span[1] }];
    });
    return {
      animation: false,
      tooltip: baseTooltip,
      legend: { top: 0 },
      grid: { left: 70, right: 70, top: 40, bottom: 60 },
      dataZoom: [{ type: 'slider', bottom: 10 }],
      xAxis: { type: 'category', data: d.days },
      yAxis: [
        { type: 'value', name: 'stars', scale: true },
        { type: 'value', name: 'gained per day', splitLine: { show: false } }
      ],
      series: [
        {
          name: 'stars (observed)', type: 'line', data: d.stars, showSymbol: false,
          connectNulls: false, yAxisIndex: 0,
          markArea: { silent: true, itemStyle: { color: 'rgba(150,150,150,0.25)' },
            label: { color: '#666' }, data: noData }
        },
        { name: 'gained (observed)', type: 'bar', stack: 'gain', yAxisIndex: 1, data: d.gained_observed,
          itemStyle: { color: '#5b8ff9' } },
        { name: 'gained (interpolated)', type: 'bar', stack: 'gain', yAxisIndex: 1,
          data: d.gained_interpolated, itemStyle: { color: '#f6bd16' } },
        { name: 'suspicious (not trusted)', type: 'bar', stack: 'gain', yAxisIndex: 1,
          data: d.gained_suspicious, itemStyle: { color: '#e8684a' } }
      ]
    };
  }

  function barsOption(d) {
    return {
      animation: false,
      tooltip: baseTooltip,
      grid: { left: 10, right: 40, top: 30, bottom: 20, containLabel: true },
      xAxis: { type: 'value', name: d.value_name },
      yAxis: { type: 'category', data: d.labels.slice().reverse(), axisLabel: { width: 260, overflow: 'truncate' } },
      series: [{ type: 'bar', name: d.value_name, data: d.values.slice().reverse(),
        itemStyle: { color: '#5b8ff9' }, label: { show: true, position: 'right' } }]
    };
  }

  var options = { history: historyOption, bars: barsOption };

  function drawCharts() {
    var charts = [];
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var data = readData(element.getAttribute('data-chart'));
      if (!data || !options[data.kind]) {
        return;
      }
      var chart = echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption(options[data.kind](data));
      element.setAttribute('data-drawn', 'true');
      charts.push(chart);
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
  }

  function autoSubmitFilters() {
    document.querySelectorAll('form[data-autosubmit]').forEach(function (form) {
      form.querySelectorAll('select, input[type=date]').forEach(function (field) {
        field.addEventListener('change', function () {
          // Empty choices are left out of the URL, so the defaults apply.
          form.querySelectorAll('select, input').forEach(function (f) {
            if (f.value === '') { f.disabled = true; }
          });
          form.submit();
        });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    autoSubmitFilters();
    if (typeof echarts !== 'undefined') {
      drawCharts();
    }
  });
})();
