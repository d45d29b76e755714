import { createRequire } from 'node:module';
import type { TopLevelSpec } from 'vega-lite';
import type { Answer } from '../answer/schema.js';
import { CHART_FONT, type TimelineChartOptions, timelineChartSpec } from './timelineChart.js';

/**
 * Draws a Vega-Lite spec: Vega makes the SVG (no browser, no canvas: its headless SVG renderer), resvg
 * rasterises it to PNG. The libraries are imported on first use, so commands that draw nothing start as
 * fast as before. The font comes from the `dejavu-fonts-ttf` package, not the system: a fresh machine
 * with no fonts draws the same picture.
 */

export interface ChartImage {
  svg: string;
  png: Buffer;
  /** PNG size in pixels. */
  width: number;
  height: number;
}

export interface ChartImageOptions {
  /** Pixels per CSS pixel of the SVG. Default: 2, so text stays sharp when Discord scales the image. */
  scale: number;
}

export const defaultChartImageOptions: ChartImageOptions = { scale: 2 };

const require = createRequire(import.meta.url);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${f}`),
);

/** The spec drawn as SVG text. */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The spec drawn as SVG and as PNG. */
export async function chartImage(
  spec: TopLevelSpec,
  options: Partial<ChartImageOptions> = {},
): Promise<ChartImage> {
  const o: ChartImageOptions = { ...defaultChartImageOptions, ...options };
  const svg = await chartSvg(spec);
  const { Resvg } = await import('@resvg/resvg-js');
  const rendered = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: o.scale },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: CHART_FONT },
  }).render();
  return { svg, png: rendered.asPng(), width: rendered.width, height: rendered.height };
}

/** A timeline's picture (see `timelineChartSpec`), or null when it has no dated event to draw. */
export async function timelinePicture(
  answer: Answer,
  options: Partial<TimelineChartOptions & ChartImageOptions> = {},
): Promise<ChartImage | null> {
  const spec = timelineChartSpec(answer, options);
  return spec ? chartImage(spec, options) : null;
}
