/**
 * `npm run eval`: per-command pass rates on every development set, the expected fact in the first item,
 * quoted characters per answer; then the same with each ranking stage switched off in turn, so every
 * stage's worth is a number; then the not_found calibration.
 */
import type { AskOptions } from '../src/answer/ask.js';
import { questionSets, score } from './score.js';

const ABLATIONS: [string, Partial<AskOptions>][] = [
  ['all stages', {}],
  ['no synonyms', { synonyms: false }],
  ['no answer kind', { answerKind: false }],
  ['no proximity', { proximity: false }],
  ['no corpus stop words', { corpusStopwords: false }],
];

/** The not_found calibration: `minCoverage` swept, and the rare-missing-word rule switched off. */
const CALIBRATION: [string, Partial<AskOptions>][] = [
  ...[0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5].map((v): [string, Partial<AskOptions>] => [
    `minCoverage ${v}`,
    { minCoverage: v },
  ]),
  ['no rare-word rule', { rareMissing: Number.POSITIVE_INFINITY }],
];

const pct = (a: number, b: number) => `${a}/${b}`;
const ratio = (r: { pass: number; total: number } | undefined) => (r ? pct(r.pass, r.total) : '–');

async function main() {
  const verbose = process.argv.includes('--verbose');
  const sets = questionSets();
  console.log('| set | stages | ask | timeline | troops | who | first item (ask) | quoted chars (ask) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const set of sets) {
    for (const [name, options] of ABLATIONS) {
      const s = await score(set, options);
      const cmd = (c: string) => {
        const r = s.byCommand.get(c);
        return r ? pct(r.pass, r.total) : '–';
      };
      console.log(
        `| ${set.name} | ${name} | ${cmd('ask')} | ${cmd('timeline')} | ${cmd('troops')} | ${cmd('who')} | ${pct(s.firstHits, s.firstTotal)} | ${Math.round(s.chars / Math.max(1, s.firstTotal))} |`,
      );
      if (verbose && name === 'all stages') for (const f of s.failures) console.log(`    FAIL ${f}`);
    }
  }
  console.log(
    '\nnot_found calibration (/ask): questions the articles answer, answered right | questions they do not, said so',
  );
  console.log(
    `| setting | ${sets.map((set) => `${set.name} answered | ${set.name} not_found`).join(' | ')} |`,
  );
  console.log(`|---|${sets.map(() => '---|---').join('|')}|`);
  for (const [name, options] of CALIBRATION) {
    const cells: string[] = [];
    for (const set of sets) {
      const s = await score(set, options);
      cells.push(ratio(s.askByStatus.get('answered')), ratio(s.askByStatus.get('not_found')));
    }
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
}

await main();
