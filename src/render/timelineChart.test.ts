import { describe, expect, it } from 'vitest';
import type { Answer, Item } from '../answer/schema.js';
import { chartImage, chartSvg, timelinePicture } from './chartImage.js';
import { timelineChartSpec } from './timelineChart.js';

/** A timeline of invented events: `[date, planned, text]`. */
function timeline(events: [string | null, boolean, string][]): Answer {
  const items: Item[] = events.map(([date, planned, text]) => ({
    text,
    date,
    planned,
    citations: [{ file: 'a.txt', published: '2025-01-01', quote: text, start: 0, end: text.length }],
  }));
  return { command: 'timeline', query: 'ferry', status: 'answered', items, conflicts: [] };
}

const THREE = timeline([
  ['2023-03', false, 'The old ferry was retired after forty years of service on the estuary.'],
  ['2024-06-12', false, 'MARLOW — Work began on the new ferry landing at Kelby quay.'],
  ['2026', true, 'The council expects the new ferry to carry its first passengers.'],
]);

/** Sixty events over five years, two a month: too many for a row each. */
const SIXTY = timeline(
  Array.from({ length: 60 }, (_, i) => {
    const month = String((Math.floor(i / 2) % 12) + 1).padStart(2, '0');
    return [
      `${2021 + Math.floor(i / 24)}-${month}-${i % 2 ? 20 : 10}`,
      i >= 50,
      `Invented event number ${i + 1} at the harbour.`,
    ];
  }),
);

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking its signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The SVG's own size, which the PNG must match at its scale. */
function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  return { width: Number(m?.[1]), height: Number(m?.[2]) };
}

describe('timeline picture', () => {
  it('draws three events as a PNG of the SVG’s size at twice the scale', async () => {
    const picture = await timelinePicture(THREE);
    if (!picture) throw new Error('no picture');
    const svg = svgSize(picture.svg);
    expect(pngSize(picture.png)).toEqual({
      width: Math.ceil(svg.width * 2),
      height: Math.ceil(svg.height * 2),
    });
    expect(picture.width).toBe(pngSize(picture.png).width);
  });

  it('labels each event with its number, date and first words; planned and happened in two styles', async () => {
    const svg = await chartSvg(timelineChartSpec(THREE) as NonNullable<ReturnType<typeof timelineChartSpec>>);
    expect(svg).toContain('1. 2023-03 The old ferry was retired after…');
    // The dateline ("MARLOW — ") says where a story was filed, not what happened.
    expect(svg).toContain('2. 2024-06-12 Work began on the new ferry…');
    expect(svg).toContain('3. 2026 The council expects the new ferry…');
    expect(svg).toMatch(/fill="white"[^>]*stroke="#d9730d"|stroke="#d9730d"[^>]*fill="white"/);
    expect(svg).toMatchSnapshot();
  });

  it('groups sixty events a row per month, each row naming its events, and stays fast', async () => {
    const spec = timelineChartSpec(SIXTY);
    const rows = new Set((spec as { data: { values: { row: string }[] } }).data.values.map((v) => v.row));
    expect(rows.size).toBe(30);
    expect(rows).toContain('Jan 2021 · 2 events: #1, 2');
    const started = performance.now();
    const picture = await chartImage(spec as NonNullable<typeof spec>);
    const ms = performance.now() - started;
    // Measured about 250 ms once the libraries are loaded; a reply has seconds.
    expect(ms).toBeLessThan(3000);
    const { height } = pngSize(picture.png);
    expect(height).toBeLessThan(2 * (30 * 22 + 200));
  });

  it('breaks the time axis where decades pass without events, so a cluster of days is not one column', () => {
    const answer = timeline([
      ['1950', false, 'A storm of record struck.'],
      ['2024-09-26', false, 'The storm made landfall.'],
      ['2024-09-28', false, 'Crews restored power.'],
    ]);
    const spec = timelineChartSpec(answer) as { hconcat: unknown[] };
    expect(spec.hconcat).toHaveLength(2);
    expect(timelineChartSpec(THREE) as { hconcat: unknown[] }).toHaveProperty('hconcat.length', 1);
  });

  it('draws nothing when no event is dated', async () => {
    expect(await timelinePicture(timeline([[null, false, 'Something happened on Friday.']]))).toBeNull();
  });
});
