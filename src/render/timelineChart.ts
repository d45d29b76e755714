import type { TopLevelSpec } from 'vega-lite';
import type { Answer, Item } from '../answer/schema.js';

/**
 * A timeline as a picture: dated events on a time axis, one row each, what happened and what is planned in
 * two styles, each row labelled with the event's number in the list under the picture, its date and a few
 * words. Crowded timelines are drawn a row per month (or year), each row naming the events it holds.
 * This module only describes the chart (a Vega-Lite spec, pure); `chartImage.ts` draws it.
 */

export interface TimelineChartOptions {
  /** Width of the picture in CSS pixels; rows grow downwards. Default: 960, Discord's widest embed image. */
  width: number;
  /** Height of one row. Default: 22: the 12-pixel labels keep a line of air between rows. */
  rowHeight: number;
  /**
   * Rows at most before events are grouped, by month and, if that still gives more rows, by year.
   * Default: 30, about a screen of rows at 22 pixels: more and a reader scrolls past the axis.
   */
  maxRows: number;
  /** Words of an event's text in its label. Default: 6: enough to tell events apart, short of a sentence. */
  labelWords: number;
  /** Characters of a label at most, cut at a word with "…". Default: 58, so 330 pixels of 12-pixel text. */
  labelChars: number;
  /**
   * A gap between events longer than this share of the whole span breaks the time axis into panels, so a
   * storm's 1950 record does not squeeze its September days into one column. Default: 0.5.
   */
  breakGap: number;
  /** Panels of a broken axis at most: the widest gaps break it. Default: 3. */
  maxPanels: number;
  /** Narrowest panel, in pixels: room for two axis labels. Default: 110. */
  minPanelWidth: number;
}

export const defaultTimelineChartOptions: TimelineChartOptions = {
  width: 960,
  rowHeight: 22,
  maxRows: 30,
  labelWords: 6,
  labelChars: 58,
  breakGap: 0.5,
  maxPanels: 3,
  minPanelWidth: 110,
};

/** Width the row labels take: 12-pixel DejaVu Sans averages about 7.4 pixels a character. */
const LABEL_PIXELS_PER_CHAR = 7.4;

/** The font the spec names; `chartImage.ts` loads it from the `dejavu-fonts-ttf` package. */
export const CHART_FONT = 'DejaVu Sans';

const STYLES = {
  happened: { colour: '#1f4e9c', dash: [1, 0] },
  planned: { colour: '#d9730d', dash: [4, 3] },
} as const;
type Status = keyof typeof STYLES;

/** One mark of the chart: an event drawn in a row, from the start of its period to the end. */
interface Mark {
  row: string;
  /** Rows in time order: the first event's number in the row. */
  order: number;
  start: number;
  end: number;
  status: Status;
  /** The panel of a broken time axis it is drawn in. */
  panel: number;
}

/**
 * The Vega-Lite spec of a timeline's picture, or null when no event is dated (nothing to put on an axis).
 * Item numbers are positions in `answer.items` plus one, as the text and Discord lists number them.
 */
export function timelineChartSpec(
  answer: Answer,
  options: Partial<TimelineChartOptions> = {},
): TopLevelSpec | null {
  const o: TimelineChartOptions = { ...defaultTimelineChartOptions, ...options };
  const dated = answer.items
    .map((item, i) => ({ item, n: i + 1, date: item.date }))
    .filter(
      (e): e is { item: Item; n: number; date: string } =>
        typeof e.date === 'string' && isoStart(e.date) !== null,
    );
  if (!dated.length) return null;
  const grouping = groupingFor(
    dated.map((e) => e.date),
    o.maxRows,
  );
  const marks: Mark[] = dated.map(({ item, n, date }) => {
    const through = typeof item.through === 'string' ? item.through : date;
    return {
      row: '',
      order: n,
      start: isoStart(date) as number,
      end: isoEnd(through) ?? (isoEnd(date) as number),
      status: item.planned === true ? 'planned' : 'happened',
      panel: 0,
    };
  });
  if (grouping === 'event') {
    marks.forEach((m, i) => {
      const e = dated[i] as (typeof dated)[number];
      m.row = label(`${e.n}. ${e.date}`, e.item.text, o);
    });
  } else {
    const rows = new Map<string, number[]>();
    dated.forEach((e, i) => {
      const key = periodOf(e.date, grouping);
      rows.set(key, [...(rows.get(key) ?? []), e.n]);
      (marks[i] as Mark).row = key;
    });
    for (const m of marks) {
      const numbers = rows.get(m.row) as number[];
      m.order = numbers[0] as number;
      m.row = `${periodName(m.row)} · ${numbers.length} event${numbers.length === 1 ? '' : 's'}: ${numberRanges(numbers)}`;
    }
  }
  const undated = answer.items.length - dated.length;
  const subtitle = [
    '● happened   ○ planned or expected   (numbers are the events listed below)',
    grouping === 'event' ? '' : `Grouped by ${grouping}: ${dated.length} dated events`,
    undated ? `${undated} undated event${undated === 1 ? ' is' : 's are'} listed below, not drawn` : '',
  ].filter(Boolean);
  return spec(marks, answer.query, answer.items.length, subtitle, o);
}

// ---------------------------------------------------------------------------------------------------------
// Dates: ISO 8601 at the precision the text gives ("2026", "2026-09", "2025-09-30"), drawn as periods.

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first millisecond (UTC) of the period an ISO date names; null for anything else. */
function isoStart(date: string): number | null {
  const m = ISO.exec(date);
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

/** The last moment of that period: a day is a point, a month or a year the span it covers. */
function isoEnd(date: string): number | null {
  const m = ISO.exec(date);
  if (!m) return null;
  if (m[3]) return isoStart(date);
  const [y, mo] = [Number(m[1]), m[2] ? Number(m[2]) : null];
  return (mo === null ? Date.UTC(y + 1, 0, 1) : Date.UTC(y, mo, 1)) - 1;
}

type Grouping = 'event' | 'month' | 'year';

/** A row per event while they fit; else per month, else per year. */
function groupingFor(dates: readonly string[], maxRows: number): Grouping {
  if (dates.length <= maxRows) return 'event';
  if (new Set(dates.map((d) => periodOf(d, 'month'))).size <= maxRows) return 'month';
  return 'year';
}

/** The row key of a date: its month ("2024-09") or year; a date only as precise as a year keeps its year. */
function periodOf(date: string, grouping: 'month' | 'year'): string {
  return date.slice(0, grouping === 'month' ? 7 : 4);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function periodName(key: string): string {
  const [y, m] = key.split('-');
  return m ? `${MONTHS[Number(m) - 1]} ${y}` : (y as string);
}

/** "3, 5–9, 12": the events of a row by number. */
function numberRanges(numbers: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] as number) + 1) j++;
    out.push(
      j > i + 1
        ? `${numbers[i]}–${numbers[j]}`
        : j === i + 1
          ? `${numbers[i]}, ${numbers[j]}`
          : `${numbers[i]}`,
    );
    i = j;
  }
  return `#${out.join(', ')}`;
}

// ---------------------------------------------------------------------------------------------------------
// Labels

/** A dateline that opens a story ("RALEIGH, N.C. (AP) — ") says where it was filed, not what happened. */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]+(?:,[^—–-]{0,40})?\s+[—–-]\s+/u;

/** "12. 2024-09-28 President Joe Biden said Saturday that…": number, date, the event's first words. */
function label(head: string, text: string, o: TimelineChartOptions): string {
  const words = text
    .replace(DATELINE, '')
    .replace(/^["“'‘]+/, '')
    .split(/\s+/)
    .filter(Boolean);
  let said = words.slice(0, o.labelWords).join(' ');
  const room = o.labelChars - head.length - 1;
  if (said.length > room) said = said.slice(0, Math.max(0, said.lastIndexOf(' ', room - 1)));
  const cut = said.split(/\s+/).length < words.length;
  return `${head} ${said.replace(/[,;:.]$/, '')}${cut ? '…' : ''}`;
}

// ---------------------------------------------------------------------------------------------------------
// The spec

/** Splits the time axis at its widest gaps, each wider than `breakGap` of the whole span: panel numbers. */
function assignPanels(marks: Mark[], o: TimelineChartOptions): number {
  const starts = [...new Set(marks.map((m) => m.start))].sort((a, b) => a - b);
  const span = Math.max(...marks.map((m) => m.end)) - (starts[0] as number);
  const breaks = starts
    .slice(1)
    .map((s, i) => ({
      at: s,
      gap: s - Math.max(...marks.filter((m) => m.start <= (starts[i] as number)).map((m) => m.end)),
    }))
    .filter((b) => span > 0 && b.gap > o.breakGap * span)
    .sort((a, b) => b.gap - a.gap)
    .slice(0, o.maxPanels - 1)
    .map((b) => b.at)
    .sort((a, b) => a - b);
  for (const m of marks) m.panel = breaks.filter((b) => m.start >= b).length;
  return breaks.length + 1;
}

const DAY = 86_400_000;

/** Axis dates as precise as the panel's span needs, always with the year: "26 Sep 2024", "Sep 2024", "2024". */
function dateFormat(marks: readonly Mark[]): string {
  const span = Math.max(...marks.map((m) => m.end)) - Math.min(...marks.map((m) => m.start));
  return span < 62 * DAY ? '%-d %b %Y' : span < 3 * 365 * DAY ? '%b %Y' : '%Y';
}

function spec(
  marks: Mark[],
  query: string,
  events: number,
  subtitle: string[],
  o: TimelineChartOptions,
): TopLevelSpec {
  const rows = [...new Map(marks.map((m) => [m.row, m.order])).entries()].sort((a, b) => a[1] - b[1]);
  const panels = assignPanels(marks, o);
  const labelWidth = Math.max(...rows.map(([row]) => row.length)) * LABEL_PIXELS_PER_CHAR;
  const plotWidth = Math.max(o.minPanelWidth * panels, o.width - labelWidth - 2 * 12 - 24 * (panels - 1));
  const counts = Array.from({ length: panels }, (_, p) => marks.filter((m) => m.panel === p).length);
  // Each panel as wide as its share of the events, none narrower than its two axis labels need.
  const spare = plotWidth - o.minPanelWidth * panels;
  const widths = counts.map((c) => Math.round(o.minPanelWidth + (spare * c) / marks.length));
  const status = {
    field: 'status',
    type: 'nominal',
    scale: { domain: ['happened', 'planned'], range: [STYLES.happened.colour, STYLES.planned.colour] },
    legend: null,
  } as const;
  const y = (p: number) =>
    ({
      field: 'row',
      type: 'ordinal',
      sort: rows.map(([row]) => row),
      scale: { domain: rows.map(([row]) => row) },
      axis:
        p === 0
          ? { title: null, labelLimit: 0, labelFontSize: 12, labelPadding: 6, ticks: false, domain: false }
          : null,
    }) as const;
  const x = (p: number) =>
    ({
      field: 'start',
      type: 'temporal',
      scale: { type: 'utc', nice: true, padding: 12 },
      axis: {
        title: null,
        grid: true,
        gridColor: '#e4e4e4',
        labelFontSize: 11,
        orient: 'top',
        labelOverlap: true,
        tickCount: 5,
        format: dateFormat(marks.filter((m) => m.panel === p)),
      },
    }) as const;
  const panel = (p: number) => ({
    width: widths[p] as number,
    height: { step: o.rowHeight },
    transform: [{ filter: `datum.panel === ${p}` }],
    encoding: { y: y(p) },
    layer: [
      {
        // A month or a year is a span: the event lies somewhere in it.
        mark: { type: 'rule', strokeWidth: 4, opacity: 0.45, strokeCap: 'round' },
        encoding: {
          x: x(p),
          x2: { field: 'end' },
          color: status,
          strokeDash: {
            field: 'status',
            type: 'nominal',
            scale: { domain: ['happened', 'planned'], range: [STYLES.happened.dash, STYLES.planned.dash] },
            legend: null,
          },
        },
      },
      {
        mark: { type: 'point', size: 70, strokeWidth: 2, opacity: 1 },
        encoding: {
          x: x(p),
          color: status,
          fill: {
            field: 'status',
            type: 'nominal',
            scale: { domain: ['happened', 'planned'], range: [STYLES.happened.colour, 'white'] },
            legend: null,
          },
        },
      },
    ],
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: `Timeline${query ? ` of “${query}”` : ''}: ${events} event${events === 1 ? '' : 's'}`,
      subtitle:
        panels > 1 ? [...subtitle, 'The time axis is broken where years pass without events'] : subtitle,
      anchor: 'start',
      fontSize: 15,
      subtitleFontSize: 11,
      subtitleColor: '#555',
      offset: 10,
    },
    padding: 12,
    spacing: 24,
    background: 'white',
    config: { font: CHART_FONT, view: { stroke: null } },
    data: { values: marks },
    hconcat: Array.from({ length: panels }, (_, p) => panel(p)),
    resolve: { scale: { x: 'independent', y: 'shared' } },
  } as TopLevelSpec;
}
