// Draws the article's charts from the JSON in #chart-data with ECharts (inlined above).
// Text from the data reaches ECharts as plain strings: labels and legends are drawn on the
// canvas and the tooltip renders as canvas rich text, so no data becomes HTML.
(function () {
  var specs = JSON.parse(document.getElementById('chart-data').textContent);
  specs.forEach(function (spec) {
    var element = document.getElementById('chart-' + spec.id);
    if (!element) {
      return;
    }
    var horizontal = spec.kind === 'hbar';
    var categories = horizontal ? spec.categories.slice().reverse() : spec.categories;
    var category = {
      type: 'category',
      data: categories,
      axisLabel: { interval: spec.kind === 'line' ? 'auto' : 0, rotate: spec.kind === 'bar' ? 30 : 0, width: 200, overflow: 'truncate' }
    };
    var value = { type: 'value' };
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      color: ['#2f6fde', '#e08a1e', '#6b9e3a', '#b43c8e', '#4f4f4f'],
      title: { text: spec.title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { show: spec.series.length > 1, bottom: 0 },
      grid: { left: horizontal ? 230 : 50, right: 24, top: 44, bottom: spec.kind === 'bar' ? 90 : 60 },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: spec.series.map(function (series) {
        return {
          name: series.name,
          type: spec.kind === 'line' ? 'line' : 'bar',
          data: horizontal ? series.values.slice().reverse() : series.values
        };
      })
    });
    element.setAttribute('data-chart-drawn', 'true');
  });
})();
