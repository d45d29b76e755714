import { fold } from '../corpus/fold.js';
import { terms } from '../lexicon/terms.js';
import { NAME_PARTICLES, type PersonMention } from './people.js';
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
  ...NAME_PARTICLES,
  'al',
  'el',
  'ad',
  'as',
  'ash',
  'ar',
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

/**
 * Merges the sightings of a corpus into people, and finds the clashes between them. A sighting is only
 * compared with the people whose names hold its last word (every shorter form's words are in the longer
 * form), not with everyone: comparing all pairs was most of a /who at 1,000 articles (bench, issue 6).
 */
export function mergePeople(sightings: readonly Sighting[]): People {
  const groups: { key: string[]; files: Set<string>; sightings: Sighting[] }[] = [];
  /** Groups by each word of their key, in the order they were made. */
  const byWord = new Map<string, typeof groups>();
  const keyed = sightings.map((s) => ({ s, key: nameKey(s.mention.name) })).filter((k) => k.key.length > 0);
  // Fullest names first, so each person is seeded by the longest form; then titled single names; then bare surnames.
  keyed.sort(
    (a, b) => b.key.length - a.key.length || Number(a.s.mention.partial) - Number(b.s.mention.partial),
  );
  for (const { s, key } of keyed) {
    const candidates = (byWord.get(key.at(-1) as string) ?? []).filter((g) => shorterForm(key, g.key));
    const here = candidates.filter((g) => g.files.has(s.file));
    const chosen =
      key.length > 1
        ? candidates[0]
        : here.length === 1
          ? here[0]
          : candidates.length === 1
            ? candidates[0]
            : undefined;
    if (chosen) {
      chosen.sightings.push(s);
      chosen.files.add(s.file);
    } else if (s.mention.partial || (key.length === 1 && candidates.length > 1))
      // whose, cannot be told: a lone name counts only as a full one's ("Vell-Arden's", a hyphen's two words, too)
      continue;
    else {
      const group = { key, files: new Set([s.file]), sightings: [s] };
      groups.push(group);
      for (const w of new Set(key)) {
        const bucket = byWord.get(w);
        if (bucket) bucket.push(group);
        else byWord.set(w, [group]);
      }
    }
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

/**
 * Two people with one surname, different first names, never in the same article, given the same role.
 * Only people filed under one surname are compared, each name's key and roles read once: comparing every
 * pair grew with the square of the people named (bench, issue 6).
 */
function findClashes(people: readonly Person[]): NameClash[] {
  const keys = people.map((p) => nameKey(p.name));
  const bySurname = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (k.length < 2) return;
    const surname = k.at(-1) as string;
    const same = bySurname.get(surname);
    if (same) same.push(i);
    else bySurname.set(surname, [i]);
  });
  // Read when first compared: most people share their surname with nobody.
  const roles: ReadRole[][] = [];
  const files: Set<string>[] = [];
  const rolesAt = (i: number) => (roles[i] ??= readRoles(people[i] as Person));
  const filesAt = (i: number) => (files[i] ??= new Set((people[i] as Person).sightings.map((s) => s.file)));
  const clashes: NameClash[] = [];
  for (const same of bySurname.values()) {
    for (let x = 0; x < same.length; x++) {
      for (let y = x + 1; y < same.length; y++) {
        const i = same[x] as number;
        const j = same[y] as number;
        if ((keys[i] as string[])[0] === (keys[j] as string[])[0]) continue;
        const role = sharedRole(rolesAt(i), rolesAt(j));
        if (!role || (people[j] as Person).sightings.some((s) => filesAt(i).has(s.file))) continue;
        const surname = (people[i] as Person).name.split(/\s+/).at(-1) as string;
        clashes.push({ people: [i, j], surname, role });
      }
    }
  }
  // In the order of a comparison of every pair, which the answer's order of items follows.
  return clashes.sort((x, y) => x.people[0] - y.people[0] || x.people[1] - y.people[1]);
}

/** A role as `sharedRole` compares it: its head's class (or the head) and its terms. */
interface ReadRole {
  text: string;
  kind: string;
  terms: Set<string>;
}

/** A person's distinct roles, first printed first. */
function readRoles(p: Person): ReadRole[] {
  const texts = new Set(p.sightings.flatMap((s) => s.mention.roles.map((r) => r.text)));
  return [...texts].map((text) => {
    const head = roleHead(text);
    return { text, kind: roleClass(head) ?? head, terms: new Set(terms(text)) };
  });
}

/** The first of `a`'s roles that is one of `b`'s: a head of one class and half their terms shared. */
function sharedRole(a: readonly ReadRole[], b: readonly ReadRole[]): string | null {
  for (const ra of a) {
    for (const rb of b) {
      if (ra.kind !== rb.kind) continue;
      const shared = [...ra.terms].filter((t) => rb.terms.has(t)).length;
      if (shared / new Set([...ra.terms, ...rb.terms]).size >= SAME_ROLE_OVERLAP) return ra.text;
    }
  }
  return null;
}
