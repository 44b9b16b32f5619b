import type {
  CustomSeriesRenderItemAPI,
  CustomSeriesRenderItemParams,
  CustomSeriesRenderItemReturn,
} from 'echarts';

/** A bar from the start of its first year to the end of its last, vertically centred in its row. */
export function renderBar(
  _params: CustomSeriesRenderItemParams,
  api: CustomSeriesRenderItemAPI,
): CustomSeriesRenderItemReturn {
  const row = Number(api.value(0));
  const from = api.coord([Number(api.value(1)), row]);
  const to = api.coord([Number(api.value(2)), row]);
  const band = api.size?.([1, 1]);
  if (!from || !to || !Array.isArray(band)) return null;
  const [yearWidth = 0, rowHeight = 0] = band;
  const [fromX = 0, y = 0] = from;
  const [toX = 0] = to;
  const height = Math.max(rowHeight * 0.6, 4);
  return {
    type: 'rect',
    shape: {
      x: fromX - yearWidth / 2 + 2,
      y: y - height / 2,
      width: toX - fromX + yearWidth - 4,
      height,
      r: 3,
    },
    style: api.style(),
  };
}

// ECharts reads `{name|text}` in a label as rich-text markup; a title must not be taken for it.
export const plain = (text: string) => text.replace(/[{}|]/g, ' ');
