import { fold } from '../corpus/fold.js';
import { terms } from '../lexicon/terms.js';
import type { PersonMention } from './people.js';
import { roleClass, roleHead } from './roleWords.js';

/**
 * One person per name, whatever form each article prints: "Mohammed Baqir al-Hakim", "al-Hakim",
 * "Al-Hakim" and "Hakim" are one man; "José María Núñez" and "Jose Maria Nunez" too (diacritics folded).
 * Two names that share a surname but not a first name stay two people, and when articles give them the
 * same role ("Farid Nouri" and "Karim Nouri", each the governor's adviser) that is reported as
 * a clash for the answer to show, never settled here: one of the articles may have the name wrong.
 */

/** A mention of a person in an article's sentence. */
export interface Sighting {
  file: string;
  sentence: number;
  mention: PersonMention;
}

export interface Person {
  /** The fullest form printed: the most words, and among those the most often printed. */
  name: string;
  /** Every distinct form printed, fullest first. */
  variants: string[];
  sightings: Sighting[];
}

export interface NameClash {
  /** Indexes into `people`. */
  people: [number, number];
  /** The shared surname, as printed. */
  surname: string;
  /** The shared role, as the first of the two prints it. */
  role: string;
}

export interface People {
  /** Most often named first. */
  people: Person[];
  clashes: NameClash[];
}

/** Arabic articles, particles and suffixes: "al-Hakim" is filed under "hakim", "Cole, Jr." under "cole". */
const NOT_KEY = new Set([
  'al',
  'el',
  'ad',
  'as',
  'ash',
  'ar',
  'bin',
  'ibn',
  'bint',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'ter',
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
]);

/** How much two roles' words must overlap (Jaccard) to be the same role: 0.5 lets "security advisor to X" meet "Advisor to X". */
const SAME_ROLE_OVERLAP = 0.5;

/** The words a name is matched by: folded, without particles, Arabic articles, suffixes and initials. */
export function nameKey(name: string): string[] {
  return fold(name)
    .replace(/'s$/, '')
    .split(/[\s,-]+/)
    .map((w) => w.replace(/\./g, ''))
    .filter((w) => w.length > 1 && !NOT_KEY.has(w));
}

/** Whether `short` reads as a shorter form of `long`: its words in order, opening with the same first name or ending the name. */
function shorterForm(short: readonly string[], long: readonly string[]): boolean {
  if (short.length > long.length || short.length === 0) return false;
  let k = 0;
  for (const w of long) if (w === short[k]) k++;
  if (k < short.length) return false;
  if (short.length === 1) return true;
  const tail = long.slice(long.length - short.length);
  return short[0] === long[0] || tail.every((w, i) => w === short[i]);
}

/** Merges the sightings of a corpus into people, and finds the clashes between them. */
export function mergePeople(sightings: readonly Sighting[]): People {
  const groups: { key: string[]; sightings: Sighting[] }[] = [];
  const keyed = sightings.map((s) => ({ s, key: nameKey(s.mention.name) })).filter((k) => k.key.length > 0);
  // Fullest names first, so each person is seeded by the longest form; then titled single names; then bare surnames.
  keyed.sort(
    (a, b) => b.key.length - a.key.length || Number(a.s.mention.partial) - Number(b.s.mention.partial),
  );
  for (const { s, key } of keyed) {
    const candidates = groups.filter((g) => shorterForm(key, g.key));
    const here = candidates.filter((g) => g.sightings.some((x) => x.file === s.file));
    const chosen =
      key.length > 1
        ? candidates[0]
        : here.length === 1
          ? here[0]
          : candidates.length === 1
            ? candidates[0]
            : undefined;
    if (chosen) chosen.sightings.push(s);
    else if (key.length === 1 && (candidates.length > 1 || s.mention.partial))
      continue; // whose, cannot be told
    else groups.push({ key, sightings: [s] });
  }
  const people = groups
    .map((g) => toPerson(g.sightings))
    .sort((a, b) => b.sightings.length - a.sightings.length || a.name.localeCompare(b.name));
  return { people, clashes: findClashes(people) };
}

function toPerson(sightings: Sighting[]): Person {
  const counts = new Map<string, { name: string; n: number; words: number }>();
  for (const s of sightings) {
    const name = s.mention.name.replace(/,?\s+(?:Jr|Sr)\.$/, '');
    const c = counts.get(name) ?? { name, n: 0, words: nameKey(name).length };
    c.n++;
    counts.set(name, c);
  }
  // Among forms that fold alike ("Jose"/"José", "Al-Hakim"/"al-Hakim"), the one with diacritics is the
  // one the writer meant; else the most printed.
  const byFold = new Map<string, { name: string; n: number; words: number }>();
  for (const c of [...counts.values()].sort((a, b) => b.n - a.n)) {
    const k = fold(c.name);
    const seen = byFold.get(k);
    if (!seen) byFold.set(k, { ...c });
    else {
      seen.n += c.n;
      if (c.name.normalize('NFD').length > seen.name.normalize('NFD').length) seen.name = c.name;
    }
  }
  const variants = [...byFold.values()].sort((a, b) => b.words - a.words || b.n - a.n);
  return { name: (variants[0] as { name: string }).name, variants: variants.map((v) => v.name), sightings };
}

/** Two people with one surname, different first names, never in the same article, given the same role. */
function findClashes(people: readonly Person[]): NameClash[] {
  const clashes: NameClash[] = [];
  people.forEach((a, i) => {
    people.forEach((b, j) => {
      if (j <= i) return;
      const ka = nameKey(a.name);
      const kb = nameKey(b.name);
      if (ka.length < 2 || kb.length < 2 || ka.at(-1) !== kb.at(-1) || ka[0] === kb[0]) return;
      const filesA = new Set(a.sightings.map((s) => s.file));
      if (b.sightings.some((s) => filesA.has(s.file))) return;
      const role = sharedRole(a, b);
      if (role) clashes.push({ people: [i, j], surname: a.name.split(/\s+/).at(-1) as string, role });
    });
  });
  return clashes;
}

function rolesOf(p: Person): string[] {
  return p.sightings.flatMap((s) => s.mention.roles.map((r) => r.text));
}

function sharedRole(a: Person, b: Person): string | null {
  for (const ra of rolesOf(a)) {
    for (const rb of rolesOf(b)) {
      const ha = roleHead(ra);
      const hb = roleHead(rb);
      if ((roleClass(ha) ?? ha) !== (roleClass(hb) ?? hb)) continue;
      const ta = new Set(terms(ra));
      const tb = new Set(terms(rb));
      const shared = [...ta].filter((t) => tb.has(t)).length;
      if (shared / new Set([...ta, ...tb]).size >= SAME_ROLE_OVERLAP) return ra;
    }
  }
  return null;
}
