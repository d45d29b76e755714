import { UsageError } from '../errors.js';
import { readDates } from './dates.js';

/** A /timeline range as ISO periods ("2024", "2024-03", "2024-03-26"); null where open. */
export interface IsoRange {
  from: string | null;
  to: string | null;
}

/** How an edge names a bound in its messages: the CLI's `--from "x"`, the bot's `` `from: x` ``. */
export type BoundLabel = (name: 'from' | 'to', value: string) => string;

const plainLabel: BoundLabel = (name, value) => `${name} "${value}"`;

/**
 * Reads a /timeline range as typed: ISO as is, else what chrono reads ("March 2024"). The CLI, the bot and
 * the engine all read ranges here, so each accepts the same ones. A bound that reads as no date, or a range
 * that ends before it starts, is a `UsageError` naming the bound as `label` spells it.
 */
export function readDateRange(
  range: { from?: string | undefined; to?: string | undefined },
  label: BoundLabel = plainLabel,
): IsoRange {
  const from = readBound(range.from, 'from', label);
  const to = readBound(range.to, 'to', label);
  // ISO periods compare as strings at the shorter one's precision: "2025-09" to "2025" is a valid range.
  const common = Math.min(from?.length ?? 0, to?.length ?? 0);
  if (from && to && from.slice(0, common) > to.slice(0, common)) {
    throw new UsageError(
      `${label('from', from)} comes after ${label('to', to)}. Swap them, or leave one out.`,
    );
  }
  return { from, to };
}

function readBound(value: string | undefined, name: 'from' | 'to', label: BoundLabel): string | null {
  const typed = value?.trim();
  if (!typed) return null;
  if (/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(typed)) return typed;
  // Digits that are not ISO ("2025-13", "07-09-2025", which reads two ways) are refused, not guessed at; so is
  // a relative bound ("last week"), which has no ISO reading without a reference date.
  const iso = /^[\d\s./-]+$/.test(typed) ? null : readDates(typed, null).find((m) => m.iso)?.iso;
  if (!iso) {
    throw new UsageError(
      `${label(name, typed)} is not a date I can read. Type it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-05, or as "March 2024".`,
    );
  }
  return iso;
}
