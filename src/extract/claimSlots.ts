import type { Span } from '../corpus/article.js';
import { readDates } from './dates.js';
import { isDemonym, isOrganisationWord, isProperWord } from './nameLexicon.js';
import { beforeQualifier } from './quantities.js';

/**
 * The slots of a claim as a sentence states them around a value: where (a place after "in", "at" …), when
 * (time words, or the side of a change), who says so, and whose it is. Troop figures and /ask's values read
 * them here, so that one reading of "prior to the drawdown" or "according to officials" serves every command.
 * Readers work within a clause: "about 2,500, though officials say it is over 3,000" gives each value its own.
 */

export const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

const CLAUSE_BREAK = /;|,?\s+(?:though|although|but|while|whereas)\s+|\s+[—–]\s+/g;

const DIRECTION =
  '(?:north|south|east|west|northern|southern|eastern|western|central|north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?)';
const PLACE_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*|(?:al|el)-\p{Lu}[\p{L}\p{M}'’-]*)`;
/** Nouns that say a named place is an area and nothing more: "the Tavor area" and "the Tavor region" are Tavor. */
export const AREA_HEADS = ['province', 'region', 'governorate', 'district', 'area', 'city'] as const;
const PLACE_HEAD = String.raw`(?:air\s+base|airbase|airfield|base|camp|front|border|${AREA_HEADS.join('|')})`;
/** Words that say where a named place lies from another without being part of its name: "in neighbouring Kesh". */
const NEARBY = '(?:neighbou?ring|nearby|adjacent|adjoining)';
const PLACE = new RegExp(
  String.raw`\b(?<![Aa]ccording\s)(?:[Ii]n|[Aa]t|to|into|inside|across|throughout|[Nn]ear|outside|within)\s+(?:the\s+)?(?:${NEARBY}\s+)?(?<place>(?:${DIRECTION}\s+)?${PLACE_WORD}(?:\s+(?:of\s+(?:the\s+)?)?${PLACE_WORD})*(?:\s+${PLACE_HEAD})?)`,
  'gu',
);
const CALENDAR_WORD = new RegExp(
  `^(?:${MONTH}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|a|an|this|that|its|their)$`,
  'i',
);

const CHANGE_NOUNS =
  '(?:operation|incursion|attack|transition|drawdown|draw-down|withdrawal|pullout|pull-out|handover|reduction|redeployment|surge|invasion|war|deal|agreement|election|ceasefire|offensive|cuts?)';
/**
 * Words that make a value a plan, a forecast or a demand, not a state: "seeking to deploy 60,000", "expected to
 * reach 5,000", "would ask for a sentence of 12 years", "is seeking a 12 percent pay increase".
 */
const PLANNED =
  /\b(?:seek(?:s|ing)?|sought|plans?|planned|planning|aims?|aiming|intends?|intending|hopes?|hoping|wants?|expected|set) to [a-z]+|\b(?:ask(?:s|ed|ing)?|call(?:s|ed|ing)?) for\b|\b(?:demand(?:s|ed|ing)?|request(?:s|ed|ing)?|propos(?:e|es|ed|ing)|seek(?:s|ing)?|sought)\s+(?:a|an|the)\b/i;

const WHEN_PATTERNS = [
  new RegExp(
    String.raw`\b(?:prior to|before|after|following|ahead of|since|until|at the (?:beginning|start|end) of|by the end of)\s+(?:(?:launching|starting|beginning)\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?${CHANGE_NOUNS}\b`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:in|by|until|since|as of|from|before|after|through|at the end of|by the end of)\s+(?:(?:early|mid|late|the end of|the start of)[\s-]+)?(?:${MONTH}\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b`,
    'i',
  ),
  new RegExp(String.raw`\b(?:in|by|until|since)\s+${MONTH}(?!\w)`, 'i'),
  /\bat (?:its|their|the) (?:peak|height)\b/i,
  /\b(?:last|this|next) (?:year|month|week|spring|summer|fall|autumn|winter)\b|\bearlier this year\b/i,
  /\b(?:initially|originally|previously|formerly)\b/i,
  /\b(?:currently|current|now|at present|presently|today|at the moment)\b/i,
  PLANNED,
];

/** The same, each finding every match. */
const WHEN_PATTERNS_ALL = WHEN_PATTERNS.map((re) => new RegExp(re.source, `${re.flags}g`));

/** Time words that put a value after a change; before a change, or from then until now ("since"). */
export const AFTER = /^(?:after|following|by|until|at the end of|by the end of)\b/i;
export const BEFORE = /^(?:before|prior to|since)\b/i;
/** Time words that put a value before a change and not after it: the level a change started from. */
const PRIOR =
  /^(?:before|prior to|ahead of|at the (?:beginning|start) of|initially|originally|previously|formerly)\b/i;

const SPEECH =
  /\b(?:say|says|said|estimate|estimates|estimated|put|puts|believe|believes|claim|claims|claimed|report|reports|reported|told|tell|tells)\b/i;
/** Words a clause's subject may have for its appositive to be read past ("the province's assessment, …, put"). */
const SUBJECT_WORDS = 8;
const NOT_A_SOURCE = /^(?:it|he|she|they|we|i|you|this|that|there|which|who)$/i;

/**
 * Subjects that keep or send forces: "the UK had approximately 1,200 …", "Paris also keeps around 900 …",
 * "the Quell army has …", "Valdoria, the largest contributor, has …".
 */
const HOLDER =
  /(?:^|[,;]\s*|\b(?:and|but)\s+)(?:the\s+)?(?<force>(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*(?:\s+(?:army|military|navy|armed forces|forces|government))?)(?:,\s+(?:the|a|an|its)\s+[^,;]{1,40},)?\s+(?:(?:also|still|currently|now|already|reportedly)\s+)?(?:had|has|have|keeps|kept|keep|maintains|maintained|deployed|deploys|sent|sends|stations|stationed|will\s+keep|plans\s+to\s+keep|will\s+leave|retains|retained)\b[^,;]*$/;

export interface Clause {
  start: number;
  end: number;
}

export function clausesOf(sentence: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    clauses.push({ start, end: m.index ?? 0 });
    start = (m.index ?? 0) + m[0].length;
  }
  clauses.push({ start, end: sentence.length });
  return clauses;
}

interface PlaceRead {
  text: string;
  start: number;
}

function placesIn(sentence: string, clause: Clause): PlaceRead[] {
  const out: PlaceRead[] = [];
  for (const m of sentence.slice(clause.start, clause.end).matchAll(PLACE)) {
    const text = (m.groups?.place ?? '').replace(/[.,]$/, '');
    const words = text.split(/\s+/);
    const first = words.find((w) => /^\p{Lu}/u.test(w)) ?? '';
    if (CALENDAR_WORD.test(first.replace(/\.$|['’]s$/, '')) || /^\d/.test(first)) continue;
    if (
      words.some((w) => isOrganisationWord(w.replace(/['’]s$/, ''))) ||
      (words.length === 1 && isDemonym(first))
    )
      continue;
    out.push({ text, start: clause.start + (m.index ?? 0) });
  }
  return out;
}

/** A place a clause names only by its kind: "in the country", "across this region". */
const KIND_OF_PLACE = String.raw`(?:the|this)\s+(?:country|region|province|city|territory|state|area)`;
const PLACE_REFERRED = new RegExp(
  String.raw`\b(?:in|inside|across|throughout|within)\s+(?<place>${KIND_OF_PLACE})\b`,
  'gi',
);
const REFERRED = new RegExp(`^${KIND_OF_PLACE}$`, 'i');

/** Whether a place is told only by its kind ("the country"), to be read as the place its article last named. */
export function isReferred(place: string): boolean {
  return REFERRED.test(place);
}

/**
 * The place a slot means: for "the country" or "this region", the one the article last named before it
 * (`before`, the article's text up to the value), else those words; any other place as it is.
 */
export function placeMeant(place: string, before: string): string {
  return isReferred(place)
    ? (placesIn(before, { start: 0, end: before.length }).at(-1)?.text ?? place)
    : place;
}

/**
 * The place after a value in its clause, before any later value; else the last one before it. A place told
 * by its kind ("in this country, and most are in Dunmark") counts where it stands; `placeMeant` reads it.
 */
export function placeFor(sentence: string, clause: Clause, f: Span, values: readonly Span[]): string | null {
  const referred = [...sentence.slice(clause.start, clause.end).matchAll(PLACE_REFERRED)].map((m) => ({
    text: m.groups?.place ?? '',
    start: clause.start + (m.index ?? 0),
  }));
  const places = [...placesIn(sentence, clause), ...referred].sort((a, b) => a.start - b.start);
  const next = values.find((g) => g.start > f.start);
  const after = places.find((p) => p.start >= f.end && (!next || p.start < next.start));
  if (after) return after.text;
  const prev = values.filter((g) => g.end <= f.start).at(-1);
  // "told a briefing in Belgrav that 14 villages …": where it was said, not where the villages are.
  const saidThere = (p: PlaceRead) =>
    /\bthat\s/i.test(sentence.slice(p.start, f.start)) && SPEECH.test(sentence.slice(clause.start, p.start));
  const before = places
    .filter((p) => p.start < f.start && (!prev || p.start >= prev.end) && !saidThere(p))
    .at(-1);
  return before?.text ?? null;
}

/**
 * The time words a value is told with: the last before it in its clause ("originally promised for May, will
 * now open in August": May is told "originally", August "now"), else the clause's first.
 */
export function whenFor(sentence: string, clause: Clause, f: Span): string | null {
  const text = sentence.slice(clause.start, f.start);
  let last: { start: number; end: number; text: string } | null = null;
  for (const re of WHEN_PATTERNS_ALL) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      if (!last || start + m[0].length > last.end) last = { start, end: start + m[0].length, text: m[0] };
    }
  }
  if (!last) return whenIn(sentence, clause);
  return inRunningText(sentence, clause.start + last.start, last.text, NO_CONTEXT);
}

export function whenIn(sentence: string, clause: Clause): string | null {
  const text = sentence.slice(clause.start, clause.end);
  for (const re of WHEN_PATTERNS) {
    const m = re.exec(text);
    if (m) return inRunningText(sentence, clause.start + (m.index ?? 0), m[0], NO_CONTEXT);
  }
  return null;
}

/**
 * Words cut from the start of a sentence lose the capital the sentence gave them ("Defence sources" →
 * "defence sources") so a note reads as running text; names and acronyms keep theirs ("Malian officials"),
 * and so does a word the article writes as a name (`named`: "Delta said" where the article has "sued Delta").
 */
function inRunningText(sentence: string, start: number, text: string, named: Named): string {
  const first = /^[\p{L}\p{M}'’.-]+/u.exec(text)?.[0] ?? '';
  const atStart = /^[\s"“‘'(]*$/.test(sentence.slice(0, start));
  // A name of several capitalised words ("Delta Air Lines") is a name wherever it stands.
  if (
    !atStart ||
    !/^\p{Lu}\p{Ll}/u.test(first) ||
    isProperWord(first) ||
    named(first) ||
    /^(?![Tt]he\s)\S+\s\p{Lu}/u.test(text)
  )
    return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Whether a capitalised word is a name where it is read. */
export type Named = (word: string) => boolean;

/** Nothing is known of the text around a sentence: a capitalised word is a name only if English says so. */
export const NO_CONTEXT: Named = () => false;

/**
 * A word `text` (an article) writes with its capital after a lower-case word or a comma, where a common word
 * would have none, is a name there: "Delta", "Amazon", "Apple". Only where it stands alone: as a word of a
 * longer name ("the Military Council") it says nothing of the word by itself.
 */
export function namedIn(text: string): Named {
  // The word is letters, apostrophes, hyphens and points (`inRunningText`): only a point needs escaping.
  return (word) =>
    new RegExp(`[\\p{Ll},;] ${word.replace(/\./g, '\\.')}\\b(?![\\s-]+\\p{Lu})`, 'u').test(text);
}

/** A time told between a source and its verb: "on Thursday", "last week", "earlier this month". */
const SAID_WHEN =
  /,?\s+(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|earlier|later|last\s+(?:week|month|year)|(?:earlier|later)\s+this\s+(?:week|month|year))$/i;

/** A form of "be" just before a verb of saying makes it a passive: "is estimated at", "were reported". */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+$/i;

/** Auxiliaries and adverbs between a source and its verb: "the ministry has now put", "Lisbon now estimates". */
const AUXILIARIES_AFTER =
  /(?:\s+(?:has|have|had|will|would|could|may|might|now|also|still|already|again|previously|initially|originally|first|later|then))+$/i;

/** A person told of before: "He said four suspects were in custody" is said by whom the sentence before names. */
const PERSONAL_PRONOUN = /^(?:he|she)$/i;

/**
 * "according to X"; "X say(s)/said/estimate(s)"; "X put … at". "He" or "she" is the speaker the sentence
 * before names, where it names one (`before`); other pronouns are not sources.
 */
export function sourceIn(
  sentence: string,
  clause: Clause,
  f: Span,
  named: Named = NO_CONTEXT,
  before = '',
): string | null {
  const text = sentence.slice(clause.start, clause.end);
  const according = /\baccording to\s+([^,;.]+?)(?=[,;.]|$)/i.exec(text);
  if (according) return (according[1] as string).trim();
  const verbs = new RegExp(SPEECH.source, 'gi');
  for (const m of text.matchAll(verbs)) {
    // "an estimated $350 million", "the reported 300": an adjective, not a verb of saying.
    if (/\b(?:an?|the)\s+$/i.test(text.slice(0, m.index))) continue;
    if (/^put/i.test(m[0]) && !/\bat\s/i.test(text.slice((m.index ?? 0) + 3))) continue;
    // "Defence estimates put …", "reports say …": a noun before the verb, not the verb.
    if (new RegExp(`^\\s+${SPEECH.source}`, 'i').test(text.slice((m.index ?? 0) + m[0].length))) continue;
    // "The province's assessment, published on Monday, put …": a clause's subject before an appositive.
    // "The Chamber of Commerce on Thursday estimated": the day is when, not who.
    // "The total cost is estimated at": a passive's subject is what is told, not who tells it.
    if (PASSIVE_BEFORE.test(text.slice(0, m.index))) continue;
    const said = text
      .slice(0, m.index)
      .replace(/\s+$/, '')
      .replace(SAID_WHEN, '')
      .replace(AUXILIARIES_AFTER, '');
    const subject = /^([^,;]{1,60}),\s[^,;]{1,60},$/.exec(said)?.[1];
    const head = subject && subject.split(/\s+/).length <= SUBJECT_WORDS ? subject : said;
    const np = /((?:[\p{L}\p{M}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{L}\p{M}][\p{L}\p{M}.'’-]*)$/u.exec(
      head.split(/[,;:"“”]/).at(-1) ?? '',
    );
    const source = (np?.[1] ?? '')
      .replace(/^(?:(?:though|although|but|while|and|as|however|which|that|so)\s+)+/i, '')
      .trim();
    const sourceStart = clause.start + head.length - source.length;
    if (PERSONAL_PRONOUN.test(source) && before) {
      const whole = { start: 0, end: before.length };
      return sourceIn(before, whole, { start: before.length, end: before.length }, named);
    }
    if (
      !source ||
      NOT_A_SOURCE.test(source) ||
      (sourceStart < f.end && sourceStart + source.length > f.start)
    )
      continue;
    if (/\d/.test(source)) continue;
    return inRunningText(sentence, sourceStart, source, named);
  }
  return null;
}

/** Whose forces from the clause's subject: "the UK had approximately 1,200 …". */
export function holderBefore(sentence: string, clause: Clause, f: Span): string | null {
  const m = HOLDER.exec(sentence.slice(clause.start, f.start));
  const force = m?.groups?.force?.trim();
  return force && !CALENDAR_WORD.test(force) ? force : null;
}

/** When a value holds: before a change, after it, now, or in a stated year. */
export type Period = 'before' | 'after' | 'now' | 'planned' | `${number}`;

/**
 * An auxiliary whose tense places a count: the present or its perfect ("have died", "are in quarantine"),
 * the reported perfect ("said 23 had been recorded", "a total of 212 had sought treatment") as the present
 * of its teller, or the past ("were canceled").
 */
const TENSE = /\b(?:(has|have|had|is|are|remains?|stands?)|(was|were|did))\b/gi;
/** Words telling a running total whatever the verb: "so far", "to date", "bringing the toll to 48". */
const RUNNING_TOTAL = /\bso far\b|\bto date\b|\bbringing\b/i;
/** A word opening a clause of its own: a tense after it is another verb's ("is dealing with … after 7,000 were canceled"). */
const SUBORDINATE = /\b(?:after|before|when|while|because|as|until|which|who|that|since)\b/i;

/**
 * Whether a count is told as standing at the article's date ("two people have died", "the toll has risen
 * to 12"), as a running total is told, rather than as what happened ("the fire killed 11"): by the tense of
 * its own verb, the first auxiliary after it, else the last before it, within its clause.
 */
export function toldAsOfArticle(sentence: string, clause: Clause, f: Span): boolean {
  if (RUNNING_TOTAL.test(sentence.slice(clause.start, clause.end))) return true;
  const after = sentence.slice(f.end, clause.end);
  const own = after.slice(0, SUBORDINATE.exec(after)?.index ?? after.length);
  const tense =
    [...own.matchAll(TENSE)][0] ?? [...sentence.slice(clause.start, f.start).matchAll(TENSE)].at(-1);
  return tense?.[1] !== undefined;
}

/** Time words that say a value holds at the article's date. */
const NOW = /^(?:currently|current|now|at present|presently|today|at the moment)\b/i;

/**
 * The period of a value from its time words and its end of a change ("from X to Y": X before, Y after), or
 * null where the sentence says none. "about 4,200 (now)" and "approximately 4,000 (before the pullout)" are
 * two periods of one force: a change, not a disagreement. "since" runs up to now, so it says no period. A
 * plan or a forecast ("seeking to deploy 60,000") is a period of its own: what is meant, not what is.
 */
export function periodOf(when: string | null, changeEnd: 'from' | 'to' | 'by' | null): Period | null {
  if (changeEnd === 'to') return 'after';
  if (changeEnd === 'from') return 'before';
  const w = when ?? '';
  if (AFTER.test(w)) return 'after';
  if (PRIOR.test(w)) return 'before';
  if (NOW.test(w)) return 'now';
  if (PLANNED.test(w)) return 'planned';
  const year = /\b(?:19|20)\d\d\b/.exec(w);
  return year && !BEFORE.test(w) ? (year[0] as `${number}`) : null;
}

/** Up to 40 characters within one clause: a figure's own comma ("from 1,100 to 1,450") breaks none. */
export const WITHIN_CLAUSE = String.raw`(?:[^,;]|,(?=\d{3})){1,40}?`;
const FROM_TO_BEFORE = new RegExp(String.raw`\bfrom\s+${WITHIN_CLAUSE}\bto\s+$`, 'i');
const TO_FROM_BEFORE = new RegExp(String.raw`\bto\s+${WITHIN_CLAUSE},?\s+from\s+(?:the|its|their)?\s*$`, 'i');

/**
 * The "from" after a value a change was told to, a word or two on: "down to 104 from 112", "cut to 640
 * million, from the 800 million it gave in May".
 */
export const FROM_AFTER = /^,?\s+(?:[\w.'’-]+\s+){0,2}?from\s+(?:(?:the|its|their)\s+)?/i;

/**
 * The side of a change a value is told on, by the words around it: "up from X", "from X to …" and "to …
 * from X" give X before the change, "from … to X" and "to X from …" give X after it. Null for a value that
 * states no change.
 */
export function changeEndAt(sentence: string, value: Span): 'from' | 'to' | null {
  // A measure's or a sum's text leaves out its qualifier: "to about 11 tonnes" ends a change as "to 11" does.
  const before = beforeQualifier(sentence.slice(0, value.start));
  const after = sentence.slice(value.end);
  if (/\b(?:up|down|rising|falling|risen|fallen|increased|decreased|reduced|cut)\s+from\s+$/i.test(before))
    return 'from';
  if (/\bfrom\s+$/i.test(before) && /^\s+(?:[\w.'’-]+\s+){0,3}?to\s/i.test(after)) return 'from';
  if (FROM_TO_BEFORE.test(before)) return 'to';
  // "revised down to 104 from 112": the change told the other way round.
  if (TO_FROM_BEFORE.test(before)) return 'from';
  if (/\bto\s+$/i.test(before) && FROM_AFTER.test(after)) return 'to';
  // "now expected in January rather than November": what it was, told after what it is.
  if (/\b(?:rather than|instead of)\s+$/i.test(before)) return 'from';
  if (/^\s+(?:rather than|instead of)\s/i.test(after)) return 'to';
  return null;
}

/**
 * What befell the people or things a count counts, by the word a report tells it with: "14 people had died"
 * and "87 people have fallen ill" count two groups, as do "freed nine miners" and "26 miners trapped".
 */
const FATES: [string, RegExp][] = [
  ['dead', /^(?:died|dead|killed|killing|kills|perished|drowned)\b/i],
  ['injured', /^(?:injured|injuring|wounded|wounding|hurt)\b/i],
  ['missing', /^(?:missing|unaccounted)\b/i],
  ['sick', /^(?:ill|sick|sickened|sickening|infected|infecting)\b/i],
  ['hospitalised', /^(?:hospitali[sz]ed|admitted)\b/i],
  ['trapped', /^(?:trapped|stranded)\b/i],
  ['rescued', /^(?:rescued|rescuing|freed|freeing|saved|survived|alive)\b/i],
  ['displaced', /^(?:evacuated|evacuating|displaced|fled|homeless)\b/i],
  ['arrested', /^(?:arrested|arresting|detained|detaining)\b/i],
];

/**
 * What a sum is told as, by the word its clause tells it with: "cost about $412 million to build" and
 * "received $262 million from insurers" are two sums of one satellite, as are "insured for $310 million" and
 * "offered $175 million". A sum told with none of these words is compared with any.
 */
const DEALINGS: [string, RegExp][] = [
  [
    'cost',
    /^(?:costs?|costing|priced?|worth|valued?|spent|spends?|spending|budget(?:ed|s)?|bills?|billed|invoiced?)$/i,
  ],
  [
    'paid',
    /^(?:paid|pay|pays|paying|payments?|payouts?|received?|receives|receiving|settlements?|settled?|awarded|awards?|reimbursed?)$/i,
  ],
  ['insured', /^(?:insured|insure|insurance|policy|coverage|underwr(?:ote|itten))$/i],
  ['sought', /^(?:seek(?:s|ing)?|sought|su(?:e|es|ed|ing)|damages|demand(?:s|ed|ing)?|claim(?:s|ed|ing)?)$/i],
  ['offered', /^(?:offer(?:s|ed|ing)?|bid)$/i],
  ['lent', /^(?:loans?|lend(?:s|ing)?|lent|borrow(?:s|ed|ing)?|bailout)$/i],
  ['fined', /^(?:fines?|fined|penalt(?:y|ies))$/i],
];

/** Words between a number and its noun that make the number an addition, not a level: "500 more troops", "10 additional technicians". */
export const ADDED = /\b(?:additional|more|extra)\b/i;

/** A sentence dating its own telling: "In May the ministry said it expected …", "On Tuesday officials said …". */
const TOLD_ON =
  /^\s*(?:(?:back|earlier|later)\s+)?(?:in|on)\s+([^,]{2,30}?),?\s+(?:[\p{L}'’.-]+\s+){1,7}?(?:said|says|announced|told|predicted|promised|estimated)\b/iu;

/**
 * When a sentence says its teller spoke, where it dates that apart from its article ("In May the ministry
 * said it expected the findings by the end of August", in an August article): the ISO date, or null.
 */
export function toldOn(sentence: string, published: string | null): string | null {
  const when = TOLD_ON.exec(sentence)?.[1];
  return (when && readDates(when, published)[0]?.iso) || null;
}

/**
 * The plural noun a count is of, within a few words: "eight people", "six construction workers", "500
 * additional troops". Two counts of different things ("eight people" went into the river, "two victims"
 * were recovered) are two claims.
 */
export const COUNTED_AFTER =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(\p{L}+s|\p{L}*men|people|children|personnel|staff)\b/u;

/** Words joining a clause about another figure on: "87 people have fallen ill and six have died". */
export const JOINING = '(?:and|but|while|whereas)';

const JOINED_ON = new RegExp(String.raw`\s${JOINING}\s+(?=\S*\d|\p{Ll}+\s)`, 'u');

/** Words after a count that may tell its fate: "people have now fallen ill", "miners were still trapped". */
const FATE_AFTER = 6;
/** Words before a count that may: "killing at least 30 people", "freed nine miners". */
const FATE_BEFORE = 3;
/** Words before a sum that may tell what it is: "the total cost is estimated at $86 million". */
const DEALING_BEFORE = 5;

/**
 * The fate a count's clause tells it with (of the words in `FATES`), or what a sum's is told as (`DEALINGS`),
 * or null where it tells none.
 */
export function fateOf(sentence: string, clause: Clause, f: Span, kind: 'count' | 'amount'): string | null {
  const table = kind === 'amount' ? DEALINGS : FATES;
  const fate = (word: string) => table.find(([, w]) => w.test(word))?.[0] ?? null;
  // Another figure joined on ("and six have died") tells its own fate, unless all this one has before it is
  // its noun ("278 passengers and 39 crew have fallen ill": both fell ill).
  const rest = sentence.slice(f.end, clause.end);
  const joined = JOINED_ON.exec(rest);
  const subject = joined && COUNTED_AFTER.exec(rest.slice(0, joined.index))?.[0].length === joined.index;
  const after = (joined && !subject ? rest.slice(0, joined.index) : rest)
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(0, FATE_AFTER);
  // "Agreed to pay about $262 million", "cost the City of Arden $4 million": neither the qualifier nor a
  // name is a word of the telling.
  const before = beforeQualifier(sentence.slice(clause.start, f.start))
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !/^\p{Lu}/u.test(w) && w !== 'the')
    .slice(-(kind === 'amount' ? DEALING_BEFORE : FATE_BEFORE))
    .reverse();
  const nextAfter = after.findIndex((w) => fate(w) !== null);
  const nextBefore = before.findIndex((w) => fate(w) !== null);
  // A count's fate follows it first ("30 people died"); a sum's is the nearer word, the verb before it on a
  // tie ("agreed to pay $102 million to resolve a claim" is paid, not claimed).
  const useAfter = nextAfter >= 0 && (nextBefore < 0 || kind === 'count' || nextAfter < nextBefore);
  if (useAfter) return fate(after[nextAfter] as string);
  return nextBefore >= 0 ? fate(before[nextBefore] as string) : null;
}

/** The clause of a sentence a value stands in (the whole sentence where none is told apart). */
export function clauseAt(sentence: string, f: Span): Clause {
  return (
    clausesOf(sentence).find((c) => f.start >= c.start && f.start < c.end) ?? {
      start: 0,
      end: sentence.length,
    }
  );
}

/**
 * The values a sentence tells as what is: one told as what was before a change ("originally promised for
 * May, will now open in August", "£5.1 million, up from £4.2 million") is left out where the sentence tells
 * one that is not.
 */
export function currentValues<V extends Span>(sentence: string, values: readonly V[]): V[] {
  const before = values.map(
    (v) => periodOf(whenFor(sentence, clauseAt(sentence, v), v), changeEndAt(sentence, v)) === 'before',
  );
  return before.every(Boolean) ? [...values] : values.filter((_, i) => !before[i]);
}
