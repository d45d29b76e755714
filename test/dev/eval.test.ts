import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionSets, score } from '../../eval/score.js';

/**
 * The development question sets as a floor against regressions: each must pass at least as many cases
 * as it did with the fitted model when the floor was set (`npm run eval`'s full fit). Raise a floor when a
 * change earns it in the leave-one-story-out table too.
 */
const FLOOR: Record<string, number> = { starter: 29, crowdstrike: 26, helene: 32, keybridge: 27, kursk: 32 };

const sets = existsSync(resolve('../shared/eval')) ? questionSets() : [];

describe.skipIf(sets.length === 0)('development question sets', () => {
  it.each(sets.map((s) => [s.name, s] as const))('%s passes at least its floor', async (name, set) => {
    const s = await score(set, {});
    const passed = [...s.byCommand.values()].reduce((n, r) => n + r.pass, 0);
    expect(passed, s.failures.join('\n')).toBeGreaterThanOrEqual(FLOOR[name] ?? 0);
  });
});
