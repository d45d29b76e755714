/**
 * Page furniture: the parts of a saved news page that are not the article's prose and must never be
 * quoted as an answer (CONTRACT §3). Each test is a filter on one line, as in chrono's `Filter` refiners;
 * they describe web pages in general, never one story.
 */

/** Prompts and boxes that pages put between paragraphs. */
const PROMPT =
  /^(listen (to )?(the )?audio|newsletter|get the latest|sign up|subscribe|advertisement|related:|read more|see also|share (this|on)|follow us|click here|watch:|download (the|our) app|posted$)/i;

/** "2 min read", "5-minute read". */
const READ_TIME = /\b\d+[\s-]*min(ute)?s?\.?\s+read\b/i;

/** Photo credits: "(AP Photo/Steve Helber)", "Photo: Capt. …/Army", "… — Reuters", "Dorlian Castillo/Facebook". */
const CREDIT =
  /(\bphoto\s*[:/]|\(ap photo|\/(ap|reuters|afp|getty|facebook|twitter|instagram|x|army|navy|dod|file)\)?\s*$|[—–-]\s*(reuters|ap|afp|getty images)\.?\s*$|^(family|file|handout|courtesy) photo\.?$|^image of\b|\bshot of\b)/i;

/**
 * The mark a line ends with, maybe inside closing quotes. Prose ends with a full stop, question or
 * exclamation mark; or with a colon or semicolon, where a paragraph leads into a list or a list item runs on
 * ("… is expected to receive $9 billion. Aid will include:", "- one division and two brigades;"), unless the
 * line is a heading (`headingLike`). Captions end with none of these.
 */
const FINAL_MARK = /([.!?:;])["'\u201d\u2019)\]]*\s*$/;

/** Most of its words capitalised: "What We Know So Far:", "WHAT HAPPENED NEXT:". */
function headingLike(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length;
}

/** Fewer words than this, and a line is a heading, a name tag or a byline, not a sentence of the story. */
export const MIN_PROSE_WORDS = 6;

export function isPromptOrReadTime(line: string): boolean {
  const t = line.trim();
  return PROMPT.test(t) || READ_TIME.test(t);
}

export function isCredit(line: string): boolean {
  return CREDIT.test(line.trim());
}

/**
 * Whether a line is article prose that may be quoted. `next` is the following non-empty line:
 * a caption is the line a credit follows.
 */
export function isProseLine(line: string, previous: string | undefined, next: string | undefined): boolean {
  const t = line.trim();
  if (!t || isPromptOrReadTime(t) || isCredit(t)) return false;
  const mark = FINAL_MARK.exec(t)?.[1];
  if (!mark || ((mark === ':' || mark === ';') && headingLike(t))) return false;
  if (t.split(/\s+/).length < MIN_PROSE_WORDS) return false;
  if (next !== undefined && isCredit(next)) return false;
  // Captions are often printed twice (image alt text and caption); prose never repeats line for line.
  if (previous !== undefined && previous.trim() === t) return false;
  if (next !== undefined && next.trim() === t) return false;
  return true;
}
