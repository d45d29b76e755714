import {
  type APIActionRowComponent,
  type APIAllowedMentions,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Answer, Citation, CommandName, Item } from '../answer/schema.js';
import type { Article } from '../corpus/article.js';

/**
 * An answer as Discord embeds: the answer first, then each item with its quotes as block quotes under the
 * article they come from. Every Discord limit is kept by cutting at sentence boundaries and moving what does
 * not fit onto further pages, which the bot shows behind a "More sources" button.
 */

/** Discord's embed limits: https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** Across every embed of one message. */
  total: 6000,
  /** Embeds in one message. */
  embeds: 10,
} as const;

/**
 * The answer embed's list of items is kept short so the first message still has room for quotes (a typical
 * quote with its source line runs 200–500 characters on the starter articles).
 */
const SUMMARY_BUDGET = 1500;
/** The answer line at most: it is one line, a few values or a clause of up to 25 words. */
const ANSWER_LINE = 500;
/** One item's line in that list. */
const SUMMARY_LINE = 280;
/** Room kept on every page for the "page 2 of 3" footer. */
const FOOTER_RESERVE = 80;
/** The answer embed with its conflict fields stays under this, leaving the rest of 6,000 to quotes. */
const HEADER_BUDGET = 3500;

const COLOURS = { answered: 0x5865f2, notFound: 0x99aab5, conflict: 0xfaa61a } as const;

const LABELS: Record<CommandName, string> = {
  ask: 'Answer',
  timeline: 'Timeline',
  troops: 'Troop figures',
  who: 'People',
  sources: 'Sources',
};

/** Nothing a reply says pings anyone: quotes and questions may hold `@everyone` or `<@id>`. */
export const NO_MENTIONS: APIAllowedMentions = { parse: [] };

/** The `custom_id` prefix of the "More sources" button: `more:<key>:<page>`. */
export const MORE_SOURCES = 'more';

/** Renders an answer as pages of embeds; page 0 is the reply, each further page sits behind "More sources". */
export function renderDiscord(answer: Answer, articles: readonly Article[]): APIEmbed[][] {
  const byFile = new Map(articles.map((a) => [a.file, a]));
  const { header, spill } = headerEmbeds(answer);
  const items = answer.items.flatMap((item, i) => itemEmbeds(answer, item, i, byFile));
  const pages = paginate([header], [...spill, ...items]);
  const count = pages.length;
  if (count > 1) {
    pages.forEach((page, p) => {
      const last = page[page.length - 1] as APIEmbed;
      const marker = `Page ${p + 1} of ${count}${p + 1 < count ? ' · more under "More sources"' : ''}`;
      last.footer = { text: last.footer ? `${last.footer.text} · ${marker}` : marker };
    });
  }
  return pages;
}

/** The message for one page: its embeds, a "More sources" button when pages follow, and no mentions. */
export function discordMessage(pages: APIEmbed[][], page: number, key: string) {
  const next = page + 1;
  const components: APIActionRowComponent<APIButtonComponentWithCustomId>[] =
    next < pages.length
      ? [
          {
            type: ComponentType.ActionRow,
            components: [
              {
                type: ComponentType.Button,
                style: ButtonStyle.Secondary,
                custom_id: `${MORE_SOURCES}:${key}:${next}`,
                label: `More sources (page ${next + 1} of ${pages.length})`,
              },
            ],
          },
        ]
      : [];
  return { embeds: pages[page] ?? [], components, allowedMentions: NO_MENTIONS };
}

// ---------------------------------------------------------------------------------------------------------
// The answer embed

function headerEmbeds(answer: Answer): { header: APIEmbed; spill: APIEmbed[] } {
  const label = LABELS[answer.command];
  const header: APIEmbed = {
    author: { name: `citebot · /${answer.command}` },
    title: fitText(escapeText(oneLine(answer.query)) || label, EMBED_LIMITS.title),
    description: answer.status === 'answered' ? `${answerLine(answer)}${summary(answer)}` : notFound(answer),
    color: answer.status === 'answered' ? COLOURS.answered : COLOURS.notFound,
    footer: { text: tally(answer) },
  };
  const fields = conflictFields(answer);
  const spill: APIEmbed[] = [];
  for (const field of fields) {
    const target =
      spill.length === 0 && fits(header, field, HEADER_BUDGET) ? header : lastOrNew(spill, field);
    target.fields = [...(target.fields ?? []), field];
  }
  if (fields.length) header.color = COLOURS.conflict;
  return { header, spill };
}

function fits(embed: APIEmbed, field: APIEmbedField, budget: number): boolean {
  return (
    (embed.fields?.length ?? 0) < EMBED_LIMITS.fields &&
    embedLength(embed) + field.name.length + field.value.length <= budget
  );
}

/** The embed conflicts that did not fit under the answer go to, opening another when the last is full. */
function lastOrNew(spill: APIEmbed[], field: APIEmbedField): APIEmbed {
  const last = spill[spill.length - 1];
  if (last && fits(last, field, HEADER_BUDGET)) return last;
  const embed: APIEmbed = { title: '⚠️ Sources disagree (continued)', color: COLOURS.conflict, fields: [] };
  spill.push(embed);
  return embed;
}

/** The answer line, bold above the list: what the reader came for, before the proof. */
function answerLine(answer: Answer): string {
  return answer.answer ? `**${fitText(escapeText(oneLine(answer.answer)), ANSWER_LINE)}**\n\n` : '';
}

function summary(answer: Answer): string {
  const lines: string[] = [];
  let used = 0;
  for (const [i, item] of answer.items.entries()) {
    const date = item.date ? `\`${item.date}\` ` : '';
    const line = fitText(`**${i + 1}.** ${date}${escapeText(oneLine(item.text))}`, SUMMARY_LINE);
    if (used + line.length + 1 > SUMMARY_BUDGET) {
      lines.push(`…and ${answer.items.length - i} more, each quoted below.`);
      break;
    }
    lines.push(line);
    used += line.length + 1;
  }
  return lines.join('\n') || 'Answered, with nothing to list.';
}

function notFound(answer: Answer): string {
  const asked = answer.query ? ` (“${fitText(escapeText(oneLine(answer.query)), 300)}”)` : '';
  const said = `**Not found: the articles do not answer this${asked}.**`;
  return answer.items.length
    ? `${said}\nBelow are the ${answer.items.length === 1 ? 'closest passage' : `${answer.items.length} closest passages`} — **they do not answer the question**; they are only the nearest the articles come.`
    : `${said}\nNo passage comes close. Try other words, or /sources to see what the articles cover.`;
}

function conflictFields(answer: Answer): APIEmbedField[] {
  return answer.conflicts.map((c) => ({
    name: fitText(`⚠️ Sources disagree: ${escapeText(oneLine(c.about))}`, EMBED_LIMITS.fieldName),
    value: fitText(
      `${escapeText(oneLine(c.note))}${c.items.length ? `\n(items ${c.items.map((i) => i + 1).join(', ')})` : ''}`,
      EMBED_LIMITS.fieldValue,
    ),
  }));
}

function tally(answer: Answer): string {
  const citations = answer.items.flatMap((i) => i.citations);
  const files = new Set(citations.map((c) => c.file));
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${n(answer.items.length, answer.status === 'answered' ? 'item' : 'closest passage')} · ${n(citations.length, 'quote')} from ${n(files.size, 'article')}`;
}

// ---------------------------------------------------------------------------------------------------------
// One embed per item (more when its quotes are longer than one embed holds)

function itemEmbeds(answer: Answer, item: Item, index: number, byFile: Map<string, Article>): APIEmbed[] {
  const n = index + 1;
  const heading = itemHeading(item, byFile);
  const blocks = item.citations.flatMap((c) => citationBlocks(c, byFile));
  if (blocks.length === 0) blocks.push(itemSourceLine(item) ?? '*(no quote)*');
  const descriptions = packBlocks(blocks, EMBED_LIMITS.description);
  const url = itemUrl(item, byFile);
  return descriptions.map((description, part) => {
    const embed: APIEmbed = {
      title: fitText(part === 0 ? `${n}. ${heading}` : `${n}. (continued)`, EMBED_LIMITS.title),
      description,
      color: answer.status === 'answered' ? COLOURS.answered : COLOURS.notFound,
    };
    if (answer.status === 'not_found')
      embed.author = { name: 'Closest passage: it does not answer the question' };
    if (url && part === 0) embed.url = url;
    return embed;
  });
}

/** The item's line; when it only repeats its quote, the article's title stands in for it. */
function itemHeading(item: Item, byFile: Map<string, Article>): string {
  const date = item.date ? `${item.date}${item.planned === true ? ' (planned)' : ''} — ` : '';
  // A `sources` item is an article: its title, or its file name when it has none.
  if (typeof item.file === 'string') {
    return `${date}${escapeText(oneLine(typeof item.title === 'string' ? item.title : item.file))}`;
  }
  const text = oneLine(item.text);
  const [only] = item.citations;
  if (item.citations.length === 1 && only && oneLine(only.quote) === text) {
    const article = byFile.get(only.file);
    return `${date}${escapeText(oneLine(article?.title ?? only.file))}`;
  }
  return `${date}${escapeText(text)}`;
}

/** A link for the embed's title when every quote comes from one article that has a URL. */
function itemUrl(item: Item, byFile: Map<string, Article>): string | undefined {
  const files = new Set(item.citations.map((c) => c.file));
  const own = typeof item.url === 'string' ? item.url : undefined;
  const [file] = files;
  const url = own ?? (files.size === 1 && file ? (byFile.get(file)?.url ?? undefined) : undefined);
  return url && isHttpUrl(url) ? url : undefined;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && text.length <= 2048;
  } catch {
    return false;
  }
}

/** `sources` items carry the article's own fields; an undated one has no passage to quote. */
function itemSourceLine(item: Item): string | null {
  if (typeof item.file !== 'string') return null;
  const published = typeof item.published === 'string' ? item.published : null;
  const source = typeof item.source === 'string' ? item.source : null;
  const title = typeof item.title === 'string' ? item.title : null;
  return sourceLine(item.file, title, source, published ?? 'undated');
}

/**
 * A quote as a block quote, then where it is from: title, publisher, file and publication date. A quote longer
 * than one embed is cut at sentence boundaries into several blocks; the source line follows the last.
 */
function citationBlocks(c: Citation, byFile: Map<string, Article>): string[] {
  const article = byFile.get(c.file);
  const date =
    c.published ??
    (article?.publishedAsWritten ? `dated “${article.publishedAsWritten}” as written` : 'undated');
  const where = sourceLine(c.file, article?.title ?? null, article?.source ?? null, date);
  const room = EMBED_LIMITS.description - where.length - 8;
  const chunks = splitAtSentences(escapeText(oneLine(c.quote)), room);
  return chunks.map((chunk, i) => {
    const more = i + 1 < chunks.length ? ' …' : '';
    const lead = i > 0 ? '… ' : '';
    return i + 1 === chunks.length ? `> ${lead}${chunk}${more}\n${where}` : `> ${lead}${chunk}${more}`;
  });
}

function sourceLine(file: string, title: string | null, publisher: string | null, date: string): string {
  const parts = [
    title ? `**${fitText(escapeText(oneLine(title)), 200)}**` : null,
    publisher ? fitText(escapeText(oneLine(publisher)), 100) : null,
    `\`${file.replace(/`/g, "'")}\``,
    date,
  ];
  return `— ${parts.filter(Boolean).join(' · ')}`;
}

/** Joins blocks with blank lines into as few texts of at most `max` characters as they go in. */
function packBlocks(blocks: string[], max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const block of blocks) {
    const piece = block.length > max ? fitText(block, max) : block;
    if (current && current.length + 2 + piece.length > max) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}\n\n${piece}` : piece;
  }
  if (current) out.push(current);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Pages

/** Fills pages in order: up to 10 embeds and 6,000 characters each, the footer's room kept. */
function paginate(first: APIEmbed[], rest: APIEmbed[]): APIEmbed[][] {
  const pages: APIEmbed[][] = [first];
  let total = first.reduce((sum, e) => sum + embedLength(e), 0);
  for (const embed of rest) {
    const page = pages[pages.length - 1] as APIEmbed[];
    const length = embedLength(embed);
    if (page.length < EMBED_LIMITS.embeds && total + length + FOOTER_RESERVE <= EMBED_LIMITS.total) {
      page.push(embed);
      total += length;
    } else {
      pages.push([embed]);
      total = length;
    }
  }
  return pages;
}

/** What counts toward Discord's 6,000 characters: title, description, field names and values, footer, author. */
export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0)
  );
}

/** Every way a message's embeds break Discord's limits; empty when Discord would take them. */
export function embedLimitViolations(embeds: readonly APIEmbed[]): string[] {
  const out: string[] = [];
  const L = EMBED_LIMITS;
  if (embeds.length > L.embeds) out.push(`${embeds.length} embeds > ${L.embeds}`);
  let total = 0;
  embeds.forEach((e, i) => {
    const over = (what: string, length: number, max: number) => {
      if (length > max) out.push(`embed ${i}: ${what} ${length} > ${max}`);
    };
    over('title', e.title?.length ?? 0, L.title);
    over('description', e.description?.length ?? 0, L.description);
    over('fields', e.fields?.length ?? 0, L.fields);
    for (const f of e.fields ?? []) {
      over('field name', f.name.length, L.fieldName);
      over('field value', f.value.length, L.fieldValue);
      if (!f.name.trim() || !f.value.trim()) out.push(`embed ${i}: empty field name or value`);
    }
    over('footer', e.footer?.text.length ?? 0, L.footer);
    over('author', e.author?.name.length ?? 0, L.author);
    total += embedLength(e);
  });
  if (total > L.total) out.push(`total ${total} > ${L.total}`);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Cutting text

/**
 * Article text shown as written, not as markdown: a backslash before each character Discord would read as
 * formatting (emphasis, code, spoilers, masked links), and before a heading, list or quote mark that starts
 * the text. discord.js's `escapeMarkdown` does this too but took ~8 ms for a 2,000-character quote, too slow
 * for an answer of hundreds of them.
 */
export function escapeText(text: string): string {
  return text.replace(/[\\*_~`|[\]]/g, '\\$&').replace(/^([#>-])/, '\\$1');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A sentence ends at . ! ? or … (closing quotes and brackets kept with it) followed by a space. */
const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s)/g;

/**
 * Where to cut `text` so the first part is at most `max` characters: after the last whole sentence that fits,
 * else at the last space, else (one unbroken word) at `max`, never between a backslash and what it escapes.
 */
function cutPoint(text: string, max: number): number {
  let best = -1;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end > max) break;
    best = end;
  }
  if (best > 0) return best;
  const space = text.lastIndexOf(' ', max);
  if (space > 0) return space;
  let cut = max;
  while (cut > 1 && text[cut - 1] === '\\') cut--;
  return cut;
}

/** Cuts `text` into parts of at most `max` characters at sentence boundaries (see `cutPoint`). */
export function splitAtSentences(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  // Room for the " …" / "… " that mark a cut.
  const room = Math.max(1, max - 2);
  while (rest.length > max) {
    const cut = cutPoint(rest, room);
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** `text` if it fits, else its whole sentences that fit (see `cutPoint`) and "…". */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, cutPoint(text, max - 2)).trimEnd()} …`;
}
