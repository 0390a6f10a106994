import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

// Only the charts the app draws, which keeps most of ECharts out of the bundle.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface ChartProps {
  option: EChartsOption;
  /** What the chart shows, for screen readers. */
  label: string;
  height?: number;
  /** Called with the index of the data item (bar, slice) the user clicked. */
  onItemClick?: (dataIndex: number) => void;
}

export function Chart({ option, label, height = 300, onItemClick }: ChartProps) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        style={{ height }}
        notMerge
        lazyUpdate
        onEvents={onItemClick ? { click: (params: { dataIndex: number }) => onItemClick(params.dataIndex) } : undefined}
      />
    </div>
  );
}
