/**
 * Generates the benchmark corpora: `count` news-like articles written to `bench/corpora/<count>/` (git-ignored),
 * recombined from the sentences of the starter articles and the Key Bridge dev set, with the people and some
 * places renamed, numbers, years and months varied, so that retrieval and extraction do real work at any size.
 *
 * Deterministic: article `i` depends only on `SEED` and `i`, so the 100-article corpus is the first 100
 * articles of the 1,000-article one. A third of the articles carry "Title:/Source:/URL:/Date:" header lines,
 * a third YAML front matter, a third neither (a headline and a dateline, or bare prose); a few use CRLF line
 * ends or open with a byte-order mark, and some carry page furniture between paragraphs.
 *
 * Run alone: `tsx bench/generate.ts 1000` (prints the folder).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
/** Where the recombined sentences come from: the starter articles and every dev set's articles. */
const SOURCE_DIRS = [join(ROOT, 'articles'), join(ROOT, '../shared/eval/keybridge/articles')];
export const CORPORA = join(BENCH, 'corpora');

const SEED = 0x5eed_c17e;
/** Bump when the generator's output changes, so cached corpora are written again. */
const GENERATOR_VERSION = 1;

// ---------------------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; plenty for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const chance = (r: Random, p: number) => r() < p;

// ---------------------------------------------------------------------------------------------------------
// Name pools: invented, so no story's own people leak into another article by accident

const FIRST_NAMES =
  'James Mary Ahmed Fatima Li Elena Carlos Amina David Sarah Omar Layla Peter Grace Hassan Noor John Anna Daniel Maria Yusuf Hana Michael Laura Karim Sofia Robert Emily Ali Zainab Thomas Julia Samir Rania George Helen Ibrahim Mona Paul Claire Tariq Dina Mark Rachel Khalid Salma Steven Karen'.split(
    ' ',
  );
const SYLLABLES =
  'bar den kel mor ran vis tal sor lin dra ver han cos mel tor zan gal fen bri wes nor ash pel rud sim kov lar mun det hol'.split(
    ' ',
  );
const PLACE_ENDINGS = ['ia', 'ford', 'stan', 'burg', 'ville', 'port', 'abad', 'mouth', 'ton', 'dale'];
const PUBLISHERS = [
  'The Daily Ledger',
  'Northern Courier',
  'Coastal Gazette',
  'Metro Tribune',
  'World Wire',
  'The Evening Post',
  'Capital Report',
  'Harbour News',
  'Regional Dispatch',
  'The Observer Online',
  'Frontline Review',
  'Civic Times',
];
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const SHORT_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'Jun.',
  'Jul.',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
/** Lines news pages put between paragraphs; the reader must leave them out. */
const FURNITURE = [
  'Listen to the audio version of this article',
  'NEWSLETTER',
  'Advertisement',
  '3 min read',
  'Read more:',
];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const word = (r: Random, parts: number) =>
  capital(Array.from({ length: parts }, () => pick(r, SYLLABLES)).join(''));

/** A few thousand people and a few hundred places, the same for every corpus. */
function pools(): { people: string[]; places: string[] } {
  const r = prng(SEED ^ 0x9e3779b9);
  const surnames = new Set<string>();
  while (surnames.size < 600) surnames.add(word(r, int(r, 2, 3)));
  const people: string[] = [];
  for (const last of surnames) for (let k = 0; k < 5; k++) people.push(`${pick(r, FIRST_NAMES)} ${last}`);
  const places = new Set<string>();
  while (places.size < 300) places.add(`${word(r, int(r, 1, 2))}${pick(r, PLACE_ENDINGS)}`);
  return { people, places: [...places] };
}

// ---------------------------------------------------------------------------------------------------------
// The source sentences and the names in them

interface Source {
  /** Paragraphs of the source article, each a list of sentences. */
  paragraphs: string[][];
}

/** The body of a source file: front matter and "Key: value" header lines removed. */
function bodyOf(text: string): string {
  let body = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  body = body.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body.replace(/^(?:(?:title|source|url|date|published|author)\s*:.*\n)+/i, '');
}

/** Sentence ends: a full stop, question or exclamation mark (closing quotes kept) before a capital or a quote. */
const SENTENCE_BREAK = /(?<=[.!?]["'”’)]?)\s+(?=["“‘(]?[A-Z0-9])/;
/** Abbreviations a full stop may follow without ending the sentence. */
const NOT_AN_END =
  /\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Maj|Lt|Col|Capt|Sgt|Gov|Sen|Rep|St|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|U\.S|a\.m|p\.m|No)\.$/;

function sentencesOf(paragraph: string): string[] {
  const out: string[] = [];
  for (const piece of paragraph.split(SENTENCE_BREAK)) {
    const last = out[out.length - 1];
    if (last !== undefined && NOT_AN_END.test(last)) out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
  }
  return out.map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 6 && /[.!?]["'”’)]?$/.test(s));
}

function readSources(): Source[] {
  const sources: Source[] = [];
  for (const dir of SOURCE_DIRS) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!['.txt', '.md'].includes(extname(file))) continue;
      const paragraphs = bodyOf(readFileSync(join(dir, file), 'utf8'))
        .split(/\n+/)
        .map(sentencesOf)
        .filter((p) => p.length > 0);
      if (paragraphs.length) sources.push({ paragraphs });
    }
  }
  if (!sources.length) throw new Error(`no source articles found in ${SOURCE_DIRS.join(' or ')}`);
  return sources;
}

interface Entities {
  /** One alternation of every person's full name, surname and place, longest first. */
  pattern: RegExp;
  /** Surname of each person name or surname in the pattern, which keys the person's stand-in. */
  person: Map<string, string>;
  places: Set<string>;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const clean = (s: string) =>
  s
    .replace(/['’]s$/, '')
    .replace(/[^\p{L}\p{M}' .-]/gu, '')
    .trim();

/** People (two or three capitalised words) and places named in the sources, as compromise reads them. */
function findEntities(sources: Source[]): Entities {
  const text = sources.map((s) => s.paragraphs.map((p) => p.join(' ')).join('\n')).join('\n');
  const doc = nlp(text);
  const person = new Map<string, string>();
  for (const raw of doc.people().out('array') as string[]) {
    const name = clean(raw);
    const words = name.split(' ');
    // "First Last" only, the first a known first name: "Coast Guard" or "Governor Wes Moore" are not renamed.
    if (words.length !== 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) continue;
    if (!nlp(words[0] as string).has('#FirstName')) continue;
    const surname = words[words.length - 1] as string;
    person.set(name, surname);
    person.set(surname, surname);
  }
  const places = new Set<string>();
  for (const raw of doc.places().out('array') as string[]) {
    const place = clean(raw);
    if (/^\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+)?$/u.test(place) && !person.has(place)) places.add(place);
  }
  const keys = [...person.keys(), ...places].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { pattern: new RegExp(`\\b(?:${keys.join('|')})\\b`, 'g'), person, places };
}

// ---------------------------------------------------------------------------------------------------------
// One article

interface Material {
  sources: Source[];
  entities: Entities;
  people: string[];
  places: string[];
}

/** Marks a day of the month or a clock time until the other numbers are varied: letters before digits end no word. */
const DAY = 'QQDAY';

/** Varies one article's names, numbers and dates consistently: the same person is the same stand-in throughout. */
class Variation {
  private readonly people = new Map<string, [string, string]>();
  private readonly places = new Map<string, string>();
  private readonly monthShift: number;
  private readonly yearShift: number;

  constructor(
    private readonly r: Random,
    private readonly m: Material,
  ) {
    this.monthShift = chance(r, 0.5) ? int(r, 1, 11) : 0;
    this.yearShift = int(r, -9, 2);
  }

  apply(sentence: string): string {
    return (
      sentence
        .replace(this.m.entities.pattern, (name) => this.rename(name))
        // Clock times first, so "1:30" stays a time: hour 1–12, minutes in fives.
        .replace(
          /\b\d{1,2}:\d{2}\b/g,
          () => `${DAY}${int(this.r, 1, 12)}:${DAY}${String(int(this.r, 0, 11) * 5).padStart(2, '0')}`,
        )
        .replace(/\b(?:19|20)\d{2}\b(?![,.]\d)/g, (y) => String(Number(y) + this.yearShift))
        // A day after a month name stays a day of the month.
        .replace(
          new RegExp(`\\b(${MONTHS.join('|')}) \\d{1,2}\\b(?!,\\d)`, 'g'),
          (_, month) => `${month} ${DAY}${int(this.r, 1, 28)}`,
        )
        .replace(/\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b/g, (n) => this.number(n))
        .replace(
          new RegExp(`\\b(?:${MONTHS.join('|')})\\b`, 'g'),
          (month) => MONTHS[(MONTHS.indexOf(month) + this.monthShift) % 12] as string,
        )
        .replaceAll(DAY, '')
    );
  }

  /** A number of the same size and form ("2,500" → "3,150", "1.7" → "4.2"); years are shifted elsewhere. */
  private number(n: string): string {
    if (/^(?:19|20)\d{2}$/.test(n)) return n;
    const plain = n.replace(/,/g, '');
    const [whole = '', fraction] = plain.split('.');
    const digits = whole.length;
    const lo = digits === 1 ? 1 : 10 ** (digits - 1);
    let value = String(int(this.r, lo, 10 ** digits - 1));
    if (digits >= 3) value = String(Math.round(Number(value) / 10 ** (digits - 2)) * 10 ** (digits - 2));
    if (n.includes(',')) value = Number(value).toLocaleString('en-US');
    return fraction === undefined
      ? value
      : `${value}.${String(int(this.r, 0, 10 ** fraction.length - 1)).padStart(fraction.length, '0')}`;
  }

  private rename(name: string): string {
    const surname = this.m.entities.person.get(name);
    if (surname !== undefined) {
      let stand = this.people.get(surname);
      if (!stand) {
        // One person in six keeps their name, so who-queries on the sources' people still find someone.
        const chosen = chance(this.r, 1 / 6) ? null : pick(this.r, this.m.people);
        stand = chosen ? (chosen.split(' ') as [string, string]) : ['', surname];
        this.people.set(surname, stand);
      }
      if (!stand[0]) return name;
      return name === surname ? stand[1] : `${stand[0]} ${stand[1]}`;
    }
    let place = this.places.get(name);
    if (place === undefined) {
      place = chance(this.r, 0.4) ? pick(this.r, this.m.places) : name;
      this.places.set(name, place);
    }
    return place;
  }
}

interface Generated {
  file: string;
  text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function article(i: number, m: Material): Generated {
  const r = prng((SEED ^ Math.imul(i + 1, 0x27d4eb2d)) >>> 0);
  const vary = new Variation(r, m);

  // A run of one source's paragraphs, some sentences swapped for sentences of other sources.
  const base = pick(r, m.sources);
  const want = int(r, 8, 28);
  const paragraphs: string[][] = [];
  let count = 0;
  for (let p = int(r, 0, Math.max(0, base.paragraphs.length - 2)); count < want; p++) {
    const source = base.paragraphs[p % base.paragraphs.length] as string[];
    const paragraph: string[] = [];
    for (const sentence of source) {
      const other = pick(r, pick(r, m.sources).paragraphs);
      paragraph.push(vary.apply(chance(r, 0.25) ? pick(r, other) : sentence));
      if (++count >= want) break;
    }
    paragraphs.push(paragraph);
    if (p > base.paragraphs.length * 3) break;
  }

  const year = int(r, 2015, 2026);
  const month = int(r, 1, 12);
  const day = int(r, 1, 28);
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  const firstSentence = paragraphs[0]?.[0] ?? 'News';
  const title = firstSentence
    .split(/\s+/)
    .slice(0, int(r, 5, 10))
    .join(' ')
    .replace(/[,.;:!?"“”]+$/, '');
  const publisher = pick(r, PUBLISHERS);
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  const url = `https://news.example.org/${year}/${pad(month)}/${slug}-${i}`;

  const bodyLines: string[] = [];
  for (const paragraph of paragraphs) {
    bodyLines.push(paragraph.join(' '));
    if (chance(r, 0.05)) bodyLines.push(pick(r, FURNITURE));
  }
  const body = bodyLines.join(chance(r, 0.5) ? '\n\n' : '\n');

  let text: string;
  let ext = '.txt';
  const style = r();
  if (style < 1 / 3) {
    text = `Title: ${title}\nSource: ${publisher}\nURL: ${url}\nDate: ${iso}\n\n${body}\n`;
  } else if (style < 2 / 3) {
    ext = '.md';
    // JSON strings are YAML strings: a title holding a colon or a quote stays one value.
    text = `---\ntitle: ${JSON.stringify(title)}\nsource: ${JSON.stringify(publisher)}\nurl: ${url}\ndate: ${iso}\n---\n\n${body}\n`;
  } else if (style < 0.85) {
    text = `${title}\n\n${publisher}\n\n${SHORT_MONTHS[month - 1]} ${pad(day)}, ${year}\n\n${body}\n`;
  } else {
    text = `${body}\n`;
  }
  if (chance(r, 0.05)) text = text.replace(/\n/g, '\r\n');
  if (chance(r, 0.03)) text = `\uFEFF${text}`;
  return { file: `article-${String(i).padStart(5, '0')}${ext}`, text };
}

// ---------------------------------------------------------------------------------------------------------

let material: Material | undefined;

function materialOnce(): Material {
  if (!material) {
    const sources = readSources();
    material = { sources, entities: findEntities(sources), ...pools() };
  }
  return material;
}

/** The story's aliases, from the source folders' `aliases.yaml`, so expansion works as for a real story. */
function aliasesText(): string {
  return SOURCE_DIRS.map((d) => join(d, 'aliases.yaml'))
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}

/**
 * Writes (or reuses, when the same generator already wrote it) the corpus of `count` articles and returns
 * its folder.
 */
export function generateCorpus(count: number): string {
  const dir = join(CORPORA, String(count));
  const stampFile = join(CORPORA, `${count}.stamp.json`);
  const stamp = JSON.stringify({ version: GENERATOR_VERSION, seed: SEED, count });
  if (existsSync(dir) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const m = materialOnce();
  for (let i = 0; i < count; i++) {
    const { file, text } = article(i, m);
    writeFileSync(join(dir, file), text);
  }
  const aliases = aliasesText();
  if (aliases) writeFileSync(join(dir, 'aliases.yaml'), aliases);
  writeFileSync(stampFile, stamp);
  return dir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 100);
  if (!Number.isInteger(count) || count < 1) {
    console.error('usage: tsx bench/generate.ts <number of articles>');
    process.exit(2);
  }
  console.log(generateCorpus(count));
}
