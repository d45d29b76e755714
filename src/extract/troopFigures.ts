import type { Article } from '../corpus/article.js';
import { fold } from '../corpus/fold.js';
import {
  ADDED,
  AFTER,
  BEFORE,
  clausesOf,
  holderBefore,
  MONTH,
  type Named,
  NO_CONTEXT,
  namedIn,
  placeFor,
  placeMeant,
  sourceIn,
  whenIn,
} from './claimSlots.js';
import { numberValue, QUALIFIERS, WORD_NUMBER } from './quantities.js';

/**
 * Troop figures in a sentence: how many of whose forces, where, when, and who says so. A figure counts
 * when a personnel noun follows it ("about 4,200 British troops", "hundreds of advisers", "some 10,000 rebel
 * fighters") or when the sentence is about a force's size and the number stands alone ("put the current
 * French troop presence at about 1,800, though others say it is over 2,200"). Amounts of money, lengths,
 * ages, years, days and counts of countries have no personnel noun and are never read; casualties ("three
 * soldiers were killed") are counts of troops but not of a presence, and are left out too.
 */

export interface TroopFigure {
  /** The number as printed, without its qualifier: "4,200", "900", "hundreds of", "20%". */
  figure: string;
  /** Its value; a share's percentage; null for a vague amount ("hundreds of") that names no number. */
  value: number | null;
  /** A share of a force ("about 20% of US troops"), not a head count. */
  share: boolean;
  /** "about", "fewer than", "up to" … as printed (lowercased), or null. */
  qualifier: string | null;
  /** The personnel noun, normalised: "troops", "advisers", "personnel", "service members", "fighters" … */
  unit: string;
  /** Whose forces, as printed ("British", "allied", "rebel"), or null when the sentence does not say. */
  force: string | null;
  /** An armed group's fighters ("militants", "fighters", "rebels"), not a state's troops. */
  armedGroup: boolean;
  /** The named place the figure is for ("Estonia", "northern Mali", "Tapa base"), or null. */
  place: string | null;
  /** Time words as printed ("now", "before the pullout", "by the end of 2030"), or null. */
  when: string | null;
  /** Who gives the figure, when the sentence says ("defence sources", "Malian officials"), or null. */
  attribution: string | null;
  /** One end of a change ("from about 5,000 to fewer than 1,000"), or null for a standing figure. */
  change: FigureChange | null;
  /** The qualifier, number and personnel noun as printed: `sentence.slice(start, end)`. */
  start: number;
  end: number;
}

export interface FigureChange {
  /** The level before the change, the level after it, or the size of the change itself ("cut by 500"). */
  end: 'from' | 'to' | 'by';
  /** Index of the other end in the same sentence's figures; null for "by". */
  other: number | null;
}

/** A figure as the index keeps it: the sentence's index in `article.sentences`. */
export interface FigureRecord {
  sentence: number;
  figure: TroopFigure;
}

/**
 * A number and the words that qualify it. Vague amounts first ("hundreds of"), so their words are not
 * read as a bare "hundred"; then digits with an optional scale; then number words; then a share.
 */
const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\d$€£.,])(?:(?<qualifier>${QUALIFIERS.join('|')})\s+)?` +
    String.raw`(?<number>(?:tens\s+of\s+thousands|hundreds|thousands|dozens|scores)\s+of|(?:a\s+)?(?:few|several)\s+(?:hundred|thousand|dozen)|a\s+(?:dozen|hundred|thousand)` +
    String.raw`|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s+(?:million|thousand))?|\d+(?:\.\d+)?(?:\s+(?:million|thousand))?` +
    String.raw`|${WORD_NUMBER}(?:\s+(?:hundred|thousand))?)` +
    String.raw`(?<share>\s?(?:%|percent\b|per\s+cent\b))?(?<strong>-strong\b)?(?![\d\p{L}])`,
  'giu',
);

/** Personnel nouns, as written → as shown. State forces first; then other armed groups' fighters. */
const UNITS: Record<string, string> = {
  troops: 'troops',
  troop: 'troops',
  soldiers: 'soldiers',
  personnel: 'personnel',
  forces: 'forces',
  advisers: 'advisers',
  advisors: 'advisers',
  trainers: 'trainers',
  'service members': 'service members',
  servicemembers: 'service members',
  servicemen: 'service members',
  marines: 'marines',
  sailors: 'sailors',
  airmen: 'airmen',
  paratroopers: 'paratroopers',
  commandos: 'commandos',
  peacekeepers: 'peacekeepers',
  reservists: 'reservists',
  guardsmen: 'guardsmen',
  'boots on the ground': 'troops',
  // Police and border forces are deployed and counted as troops are ("350 border guards were sent").
  police: 'police',
  'police officers': 'police officers',
  policemen: 'police officers',
  officers: 'officers',
  gendarmes: 'gendarmes',
  'border guards': 'border guards',
  guards: 'guards',
};

const ARMED_GROUP_UNITS: Record<string, string> = {
  fighters: 'fighters',
  militants: 'militants',
  militiamen: 'militiamen',
  insurgents: 'insurgents',
  rebels: 'rebels',
  guerrillas: 'guerrillas',
  jihadists: 'jihadists',
  combatants: 'combatants',
  mercenaries: 'mercenaries',
};

/** Any personnel noun at the start of a text, the longest first ("service members" before a bare "members"). */
const UNIT_PHRASE = new RegExp(
  String.raw`^\s*(${Object.keys({ ...UNITS, ...ARMED_GROUP_UNITS })
    .sort((a, b) => b.length - a.length)
    .join('|')})\b`,
  'i',
);

/** Lowercase words that may stand between a number and its personnel noun ("1,200 military personnel"). */
const UNIT_MODIFIERS = new Set([
  'military',
  'combat',
  'additional',
  'more',
  'extra',
  'active-duty',
  'ground',
  'special',
  'operations',
  'support',
  'foreign',
  'remaining',
  'international',
  'coalition',
  'allied',
  'elite',
  'armed',
  'uniformed',
  'deployed',
  'american',
  'army',
  'navy',
  'air',
  'force',
  'naval',
  'regular',
  'reserve',
  'national',
  'guard',
  'of',
  'and',
  'the',
  'its',
  'their',
  'our',
  'government',
  'security',
  'pro-government',
  'opposition',
  'rebel',
  'militia',
  'u.s.',
  'us',
  'nato',
  'un',
]);

/** Words after "coalition", "allied" … that make it whose forces: shown as the force, not as a modifier. */
const FORCE_WORDS = new Set([
  'coalition',
  'allied',
  'foreign',
  'international',
  'government',
  'pro-government',
  'opposition',
  'rebel',
  'militia',
  'american',
]);

/** Nouns for a body of troops: "a 3,000-strong contingent of British troops", "a 5,000-strong force". */
const GROUP_NOUNS =
  /^\s+(?:contingent|force|deployment|garrison|brigade|battalion|division|unit|detachment|task force|army|presence)\b/i;

/** A sentence about the size of a force: its numbers may stand without a personnel noun. */
const PRESENCE =
  /\b(?:(?<force>(?:[A-Z][\w.]*\s+)+)?(?:[Tt]roops?'?|[Mm]ilitary|[Ff]orces?'?|[Pp]ersonnel)\s+(?<noun>presence|numbers?|levels?|strength|contingent|deployment|footprint|size|count|ceiling)\b|\b[Nn]umber\s+of\s+(?:[\w.]+\s+){0,2}(?:troops|soldiers|forces|personnel|service\s+members)\b)/;

/** What may follow a number standing alone for a force's size: punctuation, the end, or a function word. */
const STANDS_ALONE =
  /^\s*(?:[,.;:)—–]|$|(?:though|although|but|and|in|at|by|to|from|as|while|with|according|last|this|next|on|since|until|before|after|under|over|or|now|currently|today)\b)/i;

/** Units of things that are not people: a number before them is never a troop figure. */
const NOT_PEOPLE =
  /^[\s-]*(?:foot|feet|ft|meters?|metres?|miles?|km|kilomet\w+|tons?|tonnes?|gallons?|acres?|inches|yards?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|mph|knots?|dollars|euros|pounds|(?:million|billion)\s+(?:dollars|euros|pounds)|billion|a\.m\.|p\.m\.|am\b|pm\b|st\b|nd\b|rd\b|th\b)/i;

const CASUALTY_AFTER =
  /^[^,;]{0,40}?\b(?:were|was|have been|had been|are)?\s*(?:killed|wounded|injured|dead|died|missing|captured|kidnapped|hurt|taken hostage)\b/i;
const CASUALTY_BEFORE =
  /\b(?:killing|killed|wounding|wounded|injuring|injured|lost|deaths? of|bodies of|remains of)\s+$/i;

const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH}\s+$`, 'i');

const CHANGE_VERBS =
  /\b(?:cut|cuts|cutting|reduce[sd]?|reducing|trim(?:med|s)?|slash(?:ed|es)?|lower(?:ed|s)?|increase[sd]?|increasing|boost(?:ed|s)?|raise[sd]?|grow(?:s|n)?|grew|rise[sn]?|rose|drop(?:ped|s)?|fall(?:en|s)?|fell|decrease[sd]?|shrink(?:s)?|shrank|expand(?:ed|s)?|swell(?:ed|s)?)\b/i;

interface Raw extends TroopFigure {
  /** Unit read from the sentence's subject or the other end of a change, not printed with the number. */
  borrowed: boolean;
}

/**
 * Troop figures in one sentence, in order. Offsets index `sentence`. `named` tells which capitalised words
 * the article writes as names, so a source at the sentence's start keeps its capital.
 */
export function readTroopFigures(sentence: string, named: Named = NO_CONTEXT): TroopFigure[] {
  const clauses = clausesOf(sentence);
  const presence = PRESENCE.exec(sentence);
  const raws: Raw[] = [];
  for (const m of sentence.matchAll(FIGURE)) {
    const groups = m.groups as Record<string, string | undefined>;
    const number = groups.number as string;
    const numberStart = (m.index ?? 0) + m[0].indexOf(number);
    const numberEnd = (m.index ?? 0) + m[0].length;
    const qualifier = groups.qualifier?.toLowerCase() ?? null;
    if (!isCount(sentence, numberStart, numberEnd, number, qualifier)) continue;
    const share = !!groups.share;
    let end = numberEnd;
    let unit = unitAfter(sentence, end, share);
    if (!unit && groups.strong) unit = strongUnit(sentence, end);
    if (unit) end = unit.end;
    const borrowed = !unit;
    const aboutSize = !!presence && STANDS_ALONE.test(sentence.slice(end));
    if (!unit && !aboutSize && !mayBeChangeEnd(sentence, m.index ?? 0, end)) continue;
    if (unit && isCasualty(sentence, m.index ?? 0, end)) continue;
    raws.push({
      figure: sentence
        .slice(numberStart, numberEnd)
        .replace(/\s+/g, ' ')
        .replace(/-strong$/i, ''),
      value: numberValue(number.replace(/-strong$/i, ''), share),
      share,
      qualifier,
      unit: unit?.unit ?? presenceUnit(presence),
      force: unit?.force ?? null,
      armedGroup: unit?.armed ?? false,
      place: null,
      when: null,
      attribution: null,
      change: null,
      start: m.index ?? 0,
      end,
      borrowed,
    });
  }
  linkChanges(sentence, raws);
  // An end of a change borrows its unit from the other end; where neither end has one ("the number of
  // workers … went up from 1,100 to about 1,450"), nothing says they are troops.
  const kept = raws.filter(
    (r) =>
      !r.borrowed || presence || (r.change && (r.change.other === null || !raws[r.change.other]?.borrowed)),
  );
  relinkAfterFilter(raws, kept);
  for (const r of kept) {
    const clause = clauses.find((c) => r.start >= c.start && r.start < c.end) ?? {
      start: 0,
      end: sentence.length,
    };
    r.place = placeFor(sentence, clause, r, kept);
    r.when = whenIn(sentence, clause);
    // "from 8,000 to about 5,000 by 2026": the time after the change is the far end's, the time before it the near end's.
    if (r.when && r.change?.end === 'from' && AFTER.test(r.when)) r.when = null;
    if (r.when && r.change?.end === 'to' && BEFORE.test(r.when)) r.when = null;
    r.attribution = sourceIn(sentence, clause, r, named);
    r.force ??= presence?.groups?.force?.trim() || holderBefore(sentence, clause, r);
  }
  shareAcrossOneQuantity(kept, presence !== null);
  return kept.map(({ borrowed: _, ...f }) => f);
}

/**
 * Every troop figure of an article, for the index, "in the country" read as the place the article last named.
 * Pure, and fast enough to run at every index build.
 */
export function extractFigures(article: Article): FigureRecord[] {
  const named = namedIn(article.text);
  return article.sentences.flatMap((s, sentence) =>
    readTroopFigures(article.text.slice(s.start, s.end), named).map((figure) => ({
      sentence,
      figure: figure.place
        ? { ...figure, place: placeMeant(figure.place, article.text.slice(0, s.start + figure.start)) }
        : figure,
    })),
  );
}

/** A number that can be a count of people: not a year, a date, a money amount, a measure, an age or a time. */
function isCount(
  sentence: string,
  start: number,
  end: number,
  number: string,
  qualifier: string | null,
): boolean {
  const before = sentence.slice(Math.max(0, start - 12), start);
  const after = sentence.slice(end);
  if (/[$€£]\s*$|\bUS\$\s*$|\b(?:No\.|number|Nos?\.)\s*$/i.test(before)) return false;
  if (NOT_PEOPLE.test(after) || /^-year-old|^[\s-]*(?:year|month|week|day)s?[\s-]old\b/i.test(after))
    return false;
  if (MONTH_BEFORE.test(sentence.slice(0, start))) return false;
  if (
    /^(?:1[89]|20)\d\d$/.test(number) &&
    !qualifier &&
    !/^\s+(?:more\s+)?(?:troops|soldiers|personnel)\b/i.test(after)
  )
    return false;
  return true;
}

interface UnitRead {
  unit: string;
  armed: boolean;
  force: string | null;
  end: number;
}

/**
 * The personnel noun after a number, over up to five modifiers: capitalised words say whose forces
 * ("French and allied troops", "rebel fighters"), listed lowercase words only describe them ("military").
 */
function unitAfter(sentence: string, from: number, share: boolean, afterGroupNoun = false): UnitRead | null {
  let rest = sentence.slice(from);
  let offset = from;
  const lead = share
    ? /^\s+of\s+(?:the\s+|its\s+|their\s+)?/i.exec(rest)
    : afterGroupNoun
      ? /^\s+of\s+/i.exec(rest)
      : null;
  if (share && !lead) return null;
  if (lead) {
    rest = rest.slice(lead[0].length);
    offset += lead[0].length;
  } else if (afterGroupNoun) return null;
  const force: string[] = [];
  const words = /^\s*([\p{L}\p{M}.’'-]+)/u;
  let consumed = 0;
  for (let k = 0; k < 6; k++) {
    const here = rest.slice(consumed);
    const m = UNIT_PHRASE.exec(here);
    if (m) {
      const phrase = fold(m[1] as string);
      const armed = phrase in ARMED_GROUP_UNITS;
      const end = offset + consumed + m[0].length;
      const whose = force
        .join(' ')
        .replace(/^(?:the|its|their|our)\s+/i, '')
        .replace(/\s+(?:and|of)$/i, '')
        .trim();
      return {
        unit: armed ? (ARMED_GROUP_UNITS[phrase] as string) : (UNITS[phrase] as string),
        armed,
        force: whose || null,
        end,
      };
    }
    const w = words.exec(here);
    if (!w) return null;
    const word = w[1] as string;
    const folded = fold(word);
    const capital = /^\p{Lu}/u.test(word);
    if (!capital && !UNIT_MODIFIERS.has(folded)) return null;
    if (capital || FORCE_WORDS.has(folded) || ((folded === 'and' || folded === 'of') && force.length))
      force.push(word);
    consumed += w[0].length;
  }
  return null;
}

/** "a 3,000-strong contingent of British troops", "a 5,000-strong force": the troops it is of, else troops. */
function strongUnit(sentence: string, from: number): UnitRead | null {
  const group = GROUP_NOUNS.exec(sentence.slice(from));
  if (!group) return null;
  const end = from + group[0].length;
  return unitAfter(sentence, end, false, true) ?? { unit: 'troops', armed: false, force: null, end };
}

function presenceUnit(presence: RegExpExecArray | null): string {
  return presence?.groups?.noun && /personnel/i.test(presence[0]) ? 'personnel' : 'troops';
}

/**
 * Either end of a change may lend the other its unit ("from about 5,000 to fewer than 1,000 advisers",
 * "from 5,200 soldiers to 3,000"); `linkChanges` ties the ends, and an end left untied is dropped.
 */
function mayBeChangeEnd(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  return (
    (/^\s+to\s/.test(sentence.slice(end)) && /\bfrom\s+$/i.test(before)) || /\bfrom\s.*\bto\s+$/i.test(before)
  );
}

function isCasualty(sentence: string, start: number, end: number): boolean {
  return CASUALTY_AFTER.test(sentence.slice(end)) || CASUALTY_BEFORE.test(sentence.slice(0, start));
}

/**
 * "from X to Y" ties the two ends; "by X" after a verb of change, and "X additional troops", are the change's
 * size: troops sent on top of others are not the level of a force.
 */
function linkChanges(sentence: string, raws: Raw[]): void {
  raws.forEach((r, i) => {
    const next = raws[i + 1];
    const before = sentence.slice(0, r.start);
    if (
      next &&
      /\bfrom\s+$/i.test(before) &&
      /^\s+(?:[\w.'’-]+\s+){0,3}?to\s+$/i.test(sentence.slice(r.end, next.start))
    ) {
      r.change = { end: 'from', other: i + 1 };
      next.change = { end: 'to', other: i };
    } else if (!r.change && /\bby\s+$/i.test(before) && CHANGE_VERBS.test(before)) {
      r.change = { end: 'by', other: null };
    } else if (!r.change && ADDED.test(sentence.slice(r.start, r.end).split(r.figure)[1] ?? '')) {
      r.change = { end: 'by', other: null };
    }
  });
}

/** Indexes in `change.other` count within the kept figures. */
function relinkAfterFilter(all: readonly Raw[], kept: readonly Raw[]): void {
  for (const r of kept) {
    if (r.change?.other == null) continue;
    const other = all[r.change.other];
    const at = other ? kept.indexOf(other) : -1;
    r.change = at >= 0 ? { ...r.change, other: at } : null;
  }
}

/**
 * Figures of one quantity share what only one of them states: the ends of a change share unit, force and
 * place; in a sentence about a force's size, a later figure ("though others say it is over 2,200") takes
 * what the earlier one stated, except its source.
 */
function shareAcrossOneQuantity(figures: Raw[], aboutSize: boolean): void {
  figures.forEach((f, i) => {
    const other =
      f.change?.other != null
        ? figures[f.change.other]
        : aboutSize && f.borrowed
          ? figures[i - 1]
          : undefined;
    if (!other) return;
    if (f.change) {
      // "Troop numbers will fall from about 5,000 to fewer than 1,000 advisers": the subject names the near end.
      if (f.borrowed && !other.borrowed && !aboutSize) f.unit = other.unit;
      f.armedGroup ||= other.armedGroup;
      other.place ??= f.place;
    }
    f.place ??= other.place;
    f.force ??= other.force;
    if (!f.change) f.when ??= other.when;
  });
}
