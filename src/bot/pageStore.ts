import type { APIEmbed, Client } from 'discord.js';

export interface PageStoreOptions {
  /** How long an answer's further pages stay available. Default: one hour — the length of a discussion. */
  ttlMs?: number;
  /** Answers held at most; the oldest go first. Default: 1,000 (a few MB at most: pages are ≤ 6,000 characters). */
  max?: number;
}

/** The further pages of recent answers, keyed by the answering interaction's id, for "More sources". */
export class PageStore {
  readonly #entries = new Map<string, { pages: APIEmbed[][]; expires: number }>();
  readonly #ttlMs: number;
  readonly #max: number;

  constructor(options: PageStoreOptions = {}) {
    this.#ttlMs = options.ttlMs ?? 60 * 60 * 1000;
    this.#max = options.max ?? 1000;
  }

  put(key: string, pages: APIEmbed[][]): void {
    this.#entries.delete(key);
    this.#entries.set(key, { pages, expires: Date.now() + this.#ttlMs });
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#max) break;
      this.#entries.delete(oldest);
    }
  }

  get(key: string): APIEmbed[][] | undefined {
    const entry = this.#entries.get(key);
    if (entry && entry.expires < Date.now()) this.#entries.delete(key);
    return entry && entry.expires >= Date.now() ? entry.pages : undefined;
  }
}

const stores = new WeakMap<Client, PageStore>();

/** Each client's own store, so two bots in one process (as in the tests) never see each other's pages. */
export function pageStoreFor(client: Client): PageStore {
  let store = stores.get(client);
  if (!store) {
    store = new PageStore();
    stores.set(client, store);
  }
  return store;
}
