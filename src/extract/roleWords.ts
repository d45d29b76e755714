import { fold } from '../corpus/fold.js';
import { isPersonNoun } from './nameLexicon.js';

/**
 * The English vocabulary of roles: titles written before a name, nouns that head a role phrase, and the
 * classes of role nouns that mean the same job when a user asks for a role ("who heads …" finds a chair,
 * a superintendent or a commander). General newsroom English only; nothing of any one story.
 */

/**
 * Titles written directly before a name, as folded word sequences. Multi-word titles are listed whole so
 * the longest one wins ("Rear Admiral" over "Admiral", "Maj. Gen." over "Gen.").
 */
const TITLE_PHRASES = [
  'president',
  'vice president',
  'prime minister',
  'deputy prime minister',
  'minister',
  'foreign minister',
  'defense minister',
  'defence minister',
  'secretary',
  'undersecretary',
  'under secretary',
  'chancellor',
  'premier',
  'king',
  'queen',
  'prince',
  'princess',
  'emir',
  'sheikh',
  'sultan',
  'pope',
  'cardinal',
  'bishop',
  'archbishop',
  'rabbi',
  'imam',
  'ayatollah',
  'cleric',
  'speaker',
  'senator',
  'sen.',
  'representative',
  'rep.',
  'congressman',
  'congresswoman',
  'lawmaker',
  'legislator',
  'mp',
  'governor',
  'gov.',
  'lt. gov.',
  'mayor',
  'councilman',
  'councilwoman',
  'councillor',
  'ambassador',
  'envoy',
  'consul',
  'judge',
  'justice',
  'attorney general',
  'prosecutor',
  'sheriff',
  'commissioner',
  'superintendent',
  'supt.',
  'chief',
  'director',
  'administrator',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'president and ceo',
  'ceo',
  'chief executive',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'commander',
  'cmdr.',
  'admiral',
  'adm.',
  'rear admiral',
  'vice admiral',
  'rear adm.',
  'vice adm.',
  'general',
  'gen.',
  'major general',
  'maj. gen.',
  'lieutenant general',
  'lt. gen.',
  'brigadier general',
  'brig. gen.',
  'colonel',
  'col.',
  'lieutenant colonel',
  'lt. col.',
  'major',
  'maj.',
  'captain',
  'capt.',
  'lieutenant',
  'lt.',
  'commodore',
  'sergeant',
  'sgt.',
  'staff sgt.',
  'master sgt.',
  'corporal',
  'cpl.',
  'private',
  'pvt.',
  'officer',
  'detective',
  'det.',
  'trooper',
  'agent',
  'inspector',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
  'professor',
  'rev.',
  'reverend',
  'father',
  'sister',
  'brother',
  'worker',
  'pilot',
  'analyst',
  'researcher',
  'reporter',
  'correspondent',
  'adviser',
  'advisor',
  'aide',
];

/**
 * Folded title phrases as word lists, keyed by their first word, longest first, so a scan tries
 * "rear admiral" before "admiral" and looks at no title that cannot start with the word in hand.
 */
export const TITLES: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const t of new Set(TITLE_PHRASES)) {
    const words = t.split(' ');
    const first = words[0] as string;
    byFirst.set(
      first,
      [...(byFirst.get(first) ?? []), words].sort((a, b) => b.length - a.length),
    );
  }
  return byFirst;
})();

/** Titles that are words of a name as often as titles ("Major League", "Private Limited", "Father's Day"). */
const WEAK_TITLES = new Set([
  'major',
  'private',
  'father',
  'sister',
  'brother',
  'general',
  'chief',
  'justice',
]);

/** Whether a title at the start of a name run can be trusted when it stands alone (see `WEAK_TITLES`). */
export function isWeakTitle(words: readonly string[]): boolean {
  return words.length === 1 && WEAK_TITLES.has(words[0] as string);
}

/**
 * Lowercase words that may stand in a role phrase before a title ("chief", "deputy", "senior"): a role
 * before a name is a run of capitalised words and these, ending in a title.
 */
export const ROLE_MODIFIERS = new Set([
  'chief',
  'deputy',
  'senior',
  'former',
  'acting',
  'interim',
  'top',
  'principal',
  'associate',
  'assistant',
  'executive',
  'managing',
  'general',
  'vice',
  'joint',
  'special',
  'military',
  'security',
  'foreign',
  'defense',
  'defence',
  'national',
  'regional',
  'local',
  'state',
  'federal',
  'press',
  'public',
  'affairs',
  'commanding',
  'then',
  'new',
  'outgoing',
  'incoming',
  'longtime',
  'veteran',
  'construction',
  'police',
  'army',
  'navy',
  'union',
]);

/** Role nouns compromise's lexicon lacks or does not tag as a person ("chair", "lawmaker"). */
const EXTRA_ROLE_NOUNS = new Set([
  'chair',
  'chairperson',
  'lawmaker',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'official',
  'officials',
  'head',
  'general',
  'admiral',
  'envoy',
  'aide',
  'adviser',
  'legislator',
  'prosecutor',
  'governor',
  'superintendent',
  'commander',
  'chief',
  'ceo',
  'executive',
  'coo',
  'cfo',
  'cto',
  'mp',
  'member',
  'staffer',
  'negotiator',
  'physician',
  'lieutenant',
  'sheriff',
  'judge',
  'justice',
  'ruler',
  'premier',
  'president',
  'minister',
]);

/** A noun that can head a role phrase ("managing director", "senior adviser to …"). */
export function isRoleNoun(word: string): boolean {
  const w = fold(word).replace(/\.$/, '');
  return EXTRA_ROLE_NOUNS.has(w) || isPersonNoun(w) || !!TITLES.get(`${w}.`)?.some((t) => t.length === 1);
}

/**
 * Classes of role nouns that name the same job, for role questions: "who heads the FAA" is answered by
 * its administrator, "head of the Highway Patrol" by its superintendent. Forms a question uses ("heads", "runs",
 * "leads") are listed with the nouns. A word in no class stands for itself.
 */
const ROLE_CLASSES: Record<string, readonly string[]> = {
  head: [
    'head',
    'heads',
    'headed',
    'heading',
    'lead',
    'leads',
    'led',
    'leading',
    'leader',
    'run',
    'runs',
    'ran',
    'running',
    'chief',
    'boss',
    'chair',
    'chairs',
    'chaired',
    'chairman',
    'chairwoman',
    'chairperson',
    'director',
    'directs',
    'superintendent',
    'commander',
    'commands',
    'commanded',
    'commanding',
    'command',
    'president',
    'administrator',
    'commissioner',
    'ceo',
    'secretary',
    'minister',
    'governor',
    'mayor',
    'chancellor',
    'premier',
    'principal',
  ],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokesmen', 'spokeswomen'],
  adviser: [
    'adviser',
    'advisor',
    'advisers',
    'advisors',
    'advises',
    'advised',
    'aide',
    'counsellor',
    'counselor',
  ],
  lawmaker: ['lawmaker', 'legislator', 'mp', 'congressman', 'congresswoman', 'senator', 'representative'],
  officer: [
    'officer',
    'general',
    'admiral',
    'colonel',
    'captain',
    'lieutenant',
    'major',
    'sergeant',
    'commodore',
  ],
};

const CLASS_OF = new Map<string, string>(
  Object.entries(ROLE_CLASSES).flatMap(([name, words]) => words.map((w) => [w, name] as [string, string])),
);

/** The class of a role word ("chairwoman" → "head"), or null when it is in none. */
export function roleClass(word: string): string | null {
  return CLASS_OF.get(fold(word).replace(/\.$/, '')) ?? null;
}

/** The words of a role word's class ("runs" → "chief", "chair", "ceo", …); none when it is in none. */
export function sameRole(word: string): readonly string[] {
  const name = roleClass(word);
  return name ? classWords(name) : [];
}

/** The words of a role class, by its name (as `roleClass` gives it). */
export function classWords(name: string): readonly string[] {
  return ROLE_CLASSES[name] ?? [];
}

const PREPOSITION = /\s(?:of|to|for|at|with|in|on|from)\s/i;

/**
 * The noun a role phrase is about: English puts it last in the words before the first preposition —
 * "Chief Treasury spokesperson" is a spokesperson, "senior adviser to the Governor" an adviser,
 * "Superintendent of the Highway Patrol" a superintendent.
 */
export function roleHead(role: string): string {
  const before = role.split(PREPOSITION)[0] ?? role;
  const words = before.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return fold(words[words.length - 1] ?? '')
    .replace(/\.$/, '')
    .replace(/['’]s$/, '');
}
