/**
 * The report's charts: Vega-Lite specs compiled and rendered to SVG in Node (vega's
 * headless view, no browser, no canvas), so the page needs no script and no network.
 * Every bar carries an aria-label naming its category and count (the report test reads them).
 */
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { Count, RatingCount } from './reportData.js';

const RATING_COLOURS: Record<string, string> = {
  negative: '#c0392b', both: '#e67e22', positive: '#27ae60', neutral: '#95a5a6', unknown: '#bdc3c7', 'not-stated': '#ecf0f1',
};

async function render(spec: vl.TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

const config = { font: 'system-ui, sans-serif', axis: { labelFontSize: 11, titleFontSize: 12 }, view: { stroke: null } } as const;

/** Horizontal bars, one per key (longest first, or in key order for years): labels of any length stay readable. */
export function barChart(counts: Count[], title: string, options: { colour?: string; keyOrder?: boolean } = {}): Promise<string> {
  return render({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title, width: 380, height: { step: 22 },
    data: { values: counts.map((c) => ({ category: c.key, count: c.n })) },
    mark: { type: 'bar', color: options.colour ?? '#2c6e9b' },
    encoding: {
      y: { field: 'category', type: 'nominal', sort: options.keyOrder ? 'ascending' : '-x', title: null, axis: { labelLimit: 200 } },
      x: { field: 'count', type: 'quantitative', title: 'count', axis: { tickMinStep: 1 } },
      tooltip: [{ field: 'category' }, { field: 'count' }],
    },
    config,
  });
}

/** Ratings per characteristic, stacked in a fixed order so colours mean the same in every report. */
export function stackedRatings(ratings: RatingCount[], order: readonly string[]): Promise<string> {
  return render({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Impact ratings by characteristic', width: 460, height: { step: 22 },
    data: { values: ratings.map((r) => ({ characteristic: r.characteristic, rating: r.rating, count: r.n, order: order.indexOf(r.rating) })) },
    mark: 'bar',
    encoding: {
      y: { field: 'characteristic', type: 'nominal', title: null },
      x: { field: 'count', type: 'quantitative', title: 'impacts', stack: 'zero' },
      color: { field: 'rating', type: 'nominal', scale: { domain: [...order], range: order.map((r) => RATING_COLOURS[r] ?? '#888') }, legend: { orient: 'bottom' } },
      order: { field: 'order', type: 'quantitative' },
      tooltip: [{ field: 'characteristic' }, { field: 'rating' }, { field: 'count' }],
    },
    config,
  });
}
