/**
 * Scoring of the development question sets under ../shared/eval/ (the starter set on articles/, each
 * sub-folder's set on its own articles/), in process, with the rules of ../shared/eval/score.mjs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AskOptions } from '../src/answer/ask.js';
import type { Answer } from '../src/answer/schema.js';
import { answerCommand, engineOver, openIndex } from '../src/engine.js';

export interface Case {
  id: string;
  command: 'ask' | 'timeline' | 'troops' | 'who';
  query: string;
  status: 'answered' | 'not_found';
  top?: number;
  expect_any?: string[];
  expect_all?: string[];
  order?: string[];
  conflict?: string[];
  no_conflict?: boolean;
}

const SHARED_EVAL = resolve('../shared/eval');

export const fold = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ');

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
function expectedDate(s: string): string | null {
  const m = fold(s).match(/(?:(\w+) )?(\d{4})/);
  if (!m) return null;
  const mi = m[1] ? MONTHS.indexOf(m[1]) : -1;
  return mi >= 0 ? `${m[2]}-${String(mi + 1).padStart(2, '0')}` : (m[2] ?? null);
}

export interface Verdict {
  pass: boolean;
  why: string[];
  firstHit?: boolean;
  chars?: number;
}

/** One case judged as score.mjs judges it. */
export function judge(c: Case, ans: Answer): Verdict {
  const why: string[] = [];
  if (ans.status !== c.status) why.push(`status ${ans.status}`);
  let firstHit: boolean | undefined;
  let chars: number | undefined;
  if (c.status === 'answered') {
    const top = ans.items.slice(0, c.top ?? 3);
    const hay = top.map((it) => fold(it.citations.map((q) => q.quote).join(' \u0001 ')));
    const has = (s: string) => hay.some((h) => h.includes(fold(s)));
    for (const s of c.expect_all ?? []) if (!has(s)) why.push(`missing "${s}"`);
    if (c.expect_any && !c.expect_any.some(has)) why.push('none expected');
    const wants = c.expect_any ?? c.expect_all ?? [];
    if (wants.length && !c.order && c.command === 'ask') {
      firstHit = !!hay[0] && wants.some((s) => hay[0]?.includes(fold(s)));
      chars = top.reduce((n, it) => n + it.citations.reduce((m, q) => m + q.quote.length, 0), 0);
    }
    if (c.order) {
      for (const s of c.order) {
        const d = expectedDate(s);
        const ok = top.some(
          (it) =>
            String(it.date ?? '').startsWith(d ?? '') &&
            it.citations.some((q) => fold(q.quote).includes(fold(s))),
        );
        if (!ok) why.push(`no item for ${s}`);
      }
    }
    // A disagreement claimed where the sources agree is a wrong answer.
    if (c.no_conflict && ans.conflicts.length) why.push(`false disagreement (${ans.conflicts[0]?.note})`);
    if (c.conflict) {
      const ok = ans.conflicts.some((cf) => {
        const qs = cf.items
          .map((i) => ans.items[i])
          .filter((it) => it !== undefined)
          .map((it) => fold(`${it.citations.map((q) => q.quote).join(' ')} ${it.text}`));
        return c.conflict?.every((s) => qs.some((q) => q.includes(fold(s))));
      });
      if (!ok) why.push('no conflict');
    }
  }
  return { pass: why.length === 0, why, firstHit, chars };
}

export interface SetSpec {
  name: string;
  questions: string;
  articles: string;
}

export function questionSets(): SetSpec[] {
  const sets: SetSpec[] = [
    { name: 'starter', questions: join(SHARED_EVAL, 'questions.json'), articles: resolve('articles') },
  ];
  for (const d of readdirSync(SHARED_EVAL, { withFileTypes: true })) {
    const q = join(SHARED_EVAL, d.name, 'questions.json');
    if (d.isDirectory() && existsSync(q))
      sets.push({ name: d.name, questions: q, articles: join(SHARED_EVAL, d.name, 'articles') });
  }
  return sets;
}

export interface Score {
  byCommand: Map<string, { pass: number; total: number }>;
  /** /ask cases by what they expect: an answer, or `not_found`. */
  askByStatus: Map<Case['status'], { pass: number; total: number }>;
  firstHits: number;
  firstTotal: number;
  chars: number;
  /** Answerable cases answered `not_found`, of all answerable ones. */
  refused: number;
  answerable: number;
  /** Unanswerable cases answered `not_found`, of all unanswerable ones. */
  declined: number;
  unanswerable: number;
  /** Cases marked `no_conflict` whose answer claims a disagreement. */
  falseConflicts: number;
  failures: string[];
}

export function casesOf(set: SetSpec): Case[] {
  return (JSON.parse(readFileSync(set.questions, 'utf8')) as { cases: Case[] }).cases;
}

export async function score(set: SetSpec, ask: Partial<AskOptions>): Promise<Score> {
  const index = await openIndex({ articlesDir: set.articles });
  const engine = engineOver(index, { ask });
  const cases = casesOf(set);
  const s: Score = {
    byCommand: new Map(),
    askByStatus: new Map(),
    firstHits: 0,
    firstTotal: 0,
    chars: 0,
    refused: 0,
    answerable: 0,
    declined: 0,
    unanswerable: 0,
    falseConflicts: 0,
    failures: [],
  };
  for (const c of cases) {
    const answer = answerCommand(engine, c.command, c.query);
    const v = judge(c, answer);
    if (c.status === 'answered') {
      s.answerable++;
      if (answer.status === 'not_found') s.refused++;
    } else {
      s.unanswerable++;
      if (answer.status === 'not_found') s.declined++;
    }
    if (c.no_conflict && answer.conflicts.length) s.falseConflicts++;
    const row = s.byCommand.get(c.command) ?? { pass: 0, total: 0 };
    row.total++;
    if (v.pass) row.pass++;
    else s.failures.push(`${c.id}: ${v.why.join('; ')}`);
    s.byCommand.set(c.command, row);
    if (c.command === 'ask') {
      const byStatus = s.askByStatus.get(c.status) ?? { pass: 0, total: 0 };
      byStatus.total++;
      if (v.pass) byStatus.pass++;
      s.askByStatus.set(c.status, byStatus);
    }
    if (v.firstHit !== undefined) {
      s.firstTotal++;
      if (v.firstHit) s.firstHits++;
      s.chars += v.chars ?? 0;
    }
  }
  return s;
}
