/**
 * A local Discord for the bot's tests: the REST API and the WebSocket gateway the real discord.js client talks
 * to, on 127.0.0.1, recording what Discord would receive and enforcing the rules that matter to a bot:
 *
 * - REST under `/api/v10`: `GET /gateway/bot` names this server's own gateway; interaction callbacks, webhook
 *   edits, follow-ups and deletes of interaction messages; command registration (`PUT` global and guild).
 * - An interaction's first response must arrive within 3 s of its `INTERACTION_CREATE`, else 404 code 10062
 *   (Unknown interaction); a second acknowledgement gets 400 code 40060 (already acknowledged).
 * - Gateway (JSON frames, no compression): HELLO, IDENTIFY → READY, heartbeat → ACK, RESUME → replay of missed
 *   events → RESUMED (INVALID_SESSION for an unknown session), RECONNECT on request, and closing or cutting the
 *   connection mid-session.
 * - Failures on demand: the next request of a kind answered 429 with `retry_after` (body and `Retry-After`
 *   header, as Discord sends them) or 500.
 *
 * Modelled on Discord's documented behaviour (https://discord.com/developers/docs/interactions/receiving-and-responding,
 * https://discord.com/developers/docs/topics/gateway, .../topics/rate-limits, .../topics/opcodes-and-status-codes).
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

// ---------------------------------------------------------------------------------------------------------
// What is recorded

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  body: unknown;
  status: number;
  at: number;
  authorization: string | undefined;
}

export interface Upload {
  path: string;
  /** The form field ("files[0]") and the file name the bot gave it. */
  field: string;
  name: string;
  data: Buffer;
}

export interface Callback {
  type: number;
  data: Record<string, unknown> | undefined;
  at: number;
  /** Milliseconds from the INTERACTION_CREATE being sent. */
  elapsed: number;
}

export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  payload: Record<string, unknown>;
  sentAt: number;
  /** Callbacks Discord accepted (at most one) — the first response. */
  callbacks: Callback[];
  /** Callbacks refused, with the code Discord answered (10062 too late, 40060 already acknowledged). */
  refused: { status: number; code: number; at: number }[];
  /** Requests answered with an injected 429 or 500 before they got through. */
  injectedFailures: { kind: RouteKind; status: number; at: number }[];
  edits: { body: Record<string, unknown>; at: number }[];
  followUps: { body: Record<string, unknown>; at: number; message: Record<string, unknown> }[];
  originalDeleted: boolean;
  /** The message the interaction's response made, as Discord would return it (for clicking its buttons). */
  original: Record<string, unknown> | null;
}

export type RouteKind = 'callback' | 'edit' | 'followup' | 'commands';
export type Failure = { status: 429; retryAfter: number } | { status: 500 };

export interface GatewayFrame {
  direction: 'sent' | 'received';
  op: number;
  t?: string | null;
  at: number;
  connection: number;
}

// ---------------------------------------------------------------------------------------------------------

export interface LocalDiscordOptions {
  /** The bot token it accepts (`Authorization: Bot <token>` on REST, `token` in IDENTIFY/RESUME). */
  token: string;
  /** Default: 41,250 ms, as Discord sends. Tests use a short one to see heartbeats acknowledged. */
  heartbeatIntervalMs?: number;
  /** Default: 3,000 ms, Discord's window for an interaction's first response. */
  responseWindowMs?: number;
}

interface Session {
  id: string;
  seq: number;
  /** Every dispatch of the session, replayed from the client's last sequence on RESUME. */
  events: { op: 0; s: number; t: string; d: unknown }[];
  socket: WebSocket | null;
}

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A snowflake as Discord makes them: 19 digits now, which @discordjs/rest's route parsing relies on. */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** Option values typed as Discord types them: text 3, whole number 4, True/False 5, number 10. */
export type OptionValues = Record<string, string | number | boolean>;
export interface RawOption {
  name: string;
  type: number;
  value: unknown;
  focused?: boolean;
}

export class LocalDiscord extends EventEmitter {
  readonly applicationId = snowflake();
  readonly botUserId = this.applicationId;
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly user = {
    id: snowflake(),
    username: 'checker',
    discriminator: '0',
    global_name: 'Checker',
    avatar: null,
  };
  readonly requests: RecordedRequest[] = [];
  readonly frames: GatewayFrame[] = [];
  /** Files uploaded with messages (multipart requests, as discord.js sends attachments), in order. */
  readonly uploads: Upload[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  readonly registrations: { scope: 'global' | 'guild'; guildId?: string; body: unknown[]; at: number }[] = [];
  /** Close codes of gateway connections, as the server saw them (1000: the client closed cleanly). */
  readonly closeCodes: number[] = [];
  /** Gateway URLs clients connected with (to check `v=10&encoding=json`). */
  readonly connectUrls: string[] = [];
  identifies = 0;
  resumes = 0;
  heartbeatsAcked = 0;

  readonly #options: Required<LocalDiscordOptions>;
  readonly #server: Server;
  readonly #wss: WebSocketServer;
  readonly #sessions = new Map<string, Session>();
  readonly #failures = new Map<RouteKind, Failure[]>();
  readonly #byToken = new Map<string, InteractionRecord>();
  #current: Session | null = null;
  #connections = 0;

  private constructor(options: LocalDiscordOptions) {
    super();
    this.setMaxListeners(0);
    this.#options = { heartbeatIntervalMs: 41_250, responseWindowMs: 3000, ...options };
    this.#server = createServer((req, res) => void this.#handle(req, res));
    this.#wss = new WebSocketServer({ noServer: true });
    this.#server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      this.connectUrls.push(req.url);
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#onConnection(ws));
    });
  }

  static async start(options: LocalDiscordOptions): Promise<LocalDiscord> {
    const discord = new LocalDiscord(options);
    discord.#server.listen(0, '127.0.0.1');
    await once(discord.#server, 'listening');
    return discord;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }
  /** What `DISCORD_API_BASE` is set to: discord.js appends `/v10`. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }
  /** True while a client holds an identified or resumed session. */
  get connected(): boolean {
    return this.#current?.socket?.readyState === 1;
  }

  async close(): Promise<void> {
    for (const client of this.#wss.clients) client.terminate();
    this.#wss.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // -------------------------------------------------------------------------------------------------------
  // Test controls

  /** The next `count` requests of a kind are answered with `failure` instead of being served. */
  failNext(kind: RouteKind, failure: Failure, count = 1): void {
    const queue = this.#failures.get(kind) ?? [];
    for (let i = 0; i < count; i++) queue.push(failure);
    this.#failures.set(kind, queue);
  }

  /**
   * Ends the gateway connection mid-session: `terminate` cuts the TCP connection without a close frame (the
   * client sees 1006 and resumes); a close code is sent as Discord would (4000: resume; 1000: start afresh).
   */
  dropConnection(how: 'terminate' | number): void {
    const socket = this.#current?.socket;
    if (!socket) throw new Error('no gateway connection to drop');
    if (how === 'terminate') socket.terminate();
    else socket.close(how, 'closed by the local Discord');
  }

  /** Sends op 7 RECONNECT: the client should reconnect and resume. */
  requestReconnect(): void {
    this.#send(this.#current?.socket ?? null, { op: 7, d: null });
  }

  /** Resolves when a client holds a ready session again (after READY or RESUMED). */
  async waitForSession(timeoutMs = 10_000): Promise<void> {
    if (this.connected) return;
    await withTimeout(once(this, 'session'), timeoutMs, 'gateway session');
  }

  // -------------------------------------------------------------------------------------------------------
  // Interactions

  /** A user runs a slash command: `INTERACTION_CREATE` of type 2. Options may be given raw to send odd ones. */
  sendCommand(name: string, options: OptionValues | RawOption[] = {}): InteractionRecord {
    return this.#interact(2, {
      id: this.#commandId(name),
      name,
      type: 1,
      options: toOptions(options),
      guild_id: this.guildId,
    });
  }

  /** A user types into an option with autocomplete: `INTERACTION_CREATE` of type 4. */
  sendAutocomplete(name: string, options: OptionValues, focused: string): InteractionRecord {
    const raw = toOptions(options).map((o) => (o.name === focused ? { ...o, focused: true } : o));
    return this.#interact(4, {
      id: this.#commandId(name),
      name,
      type: 1,
      options: raw,
      guild_id: this.guildId,
    });
  }

  /** A user presses a button on a message the bot sent: `INTERACTION_CREATE` of type 3. */
  clickButton(message: Record<string, unknown>, customId: string): InteractionRecord {
    return this.#interact(3, { custom_id: customId, component_type: 2 }, { message });
  }

  /** Resolves once the interaction has its answer: a message (callback 4/7, or 5 then an edit or follow-up), suggestions (8), or a refusal. */
  async settled(record: InteractionRecord, timeoutMs = 15_000): Promise<InteractionRecord> {
    return this.waitFor(record, isSettled, timeoutMs);
  }

  async waitFor(
    record: InteractionRecord,
    predicate: (r: InteractionRecord) => boolean,
    timeoutMs = 15_000,
  ): Promise<InteractionRecord> {
    if (predicate(record)) return record;
    return withTimeout(
      new Promise<InteractionRecord>((resolve) => {
        const check = (id: string) => {
          if (id === record.id && predicate(record)) {
            this.off('interaction', check);
            resolve(record);
          }
        };
        this.on('interaction', check);
      }),
      timeoutMs,
      `interaction ${record.id}`,
    );
  }

  #commandId(name: string): string {
    return `10000000000000000${name.length.toString().padStart(2, '0')}`;
  }

  #interact(
    type: number,
    data: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ): InteractionRecord {
    const id = snowflake();
    const token = `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`;
    const payload = {
      id,
      application_id: this.applicationId,
      type,
      data,
      guild_id: this.guildId,
      channel_id: this.channelId,
      channel: {
        id: this.channelId,
        type: 0,
        guild_id: this.guildId,
        name: 'fact-check',
        position: 0,
        flags: 0,
        nsfw: false,
        parent_id: null,
        permission_overwrites: [],
        rate_limit_per_user: 0,
        topic: null,
        last_message_id: null,
      },
      member: {
        user: this.user,
        roles: [],
        permissions: '2248473465835073',
        joined_at: new Date(0).toISOString(),
        premium_since: null,
        nick: null,
        avatar: null,
        pending: false,
        mute: false,
        deaf: false,
        flags: 0,
      },
      token,
      version: 1,
      app_permissions: '2248473465835073',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': this.guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
      ...extra,
    };
    const record: InteractionRecord = {
      id,
      token,
      type,
      payload,
      sentAt: Date.now(),
      callbacks: [],
      refused: [],
      injectedFailures: [],
      edits: [],
      followUps: [],
      originalDeleted: false,
      original: null,
    };
    this.interactions.set(id, record);
    this.#byToken.set(token, record);
    this.#dispatch('INTERACTION_CREATE', payload);
    return record;
  }

  /** The bot's user object, as messages (author) and READY (user) carry it. */
  #botUser() {
    return {
      id: this.botUserId,
      username: 'citebot',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
    };
  }

  #message(
    record: InteractionRecord,
    body: Record<string, unknown>,
    id = snowflake(),
  ): Record<string, unknown> {
    return {
      id,
      type: record.type === 3 ? 19 : 20,
      channel_id: this.channelId,
      guild_id: this.guildId,
      author: this.#botUser(),
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      attachments: body.attachments ?? [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: body.flags ?? 0,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      interaction_metadata: {
        id: record.id,
        type: record.type,
        user: this.user,
        authorizing_integration_owners: {},
      },
    };
  }

  // -------------------------------------------------------------------------------------------------------
  // Gateway

  #onConnection(socket: WebSocket): void {
    const connection = ++this.#connections;
    this.#send(socket, { op: 10, d: { heartbeat_interval: this.#options.heartbeatIntervalMs } }, connection);
    socket.on('message', (raw, isBinary) => {
      let frame: { op: number; d: Record<string, unknown> | number | null };
      try {
        if (isBinary) throw new Error('binary frame');
        frame = JSON.parse(raw.toString());
      } catch {
        socket.close(4002, 'Error while decoding payload.');
        return;
      }
      this.frames.push({ direction: 'received', op: frame.op, at: Date.now(), connection });
      this.#onFrame(socket, frame, connection);
    });
    socket.on('close', (code) => {
      this.closeCodes.push(code);
      if (this.#current?.socket === socket) this.#current.socket = null;
    });
  }

  #onFrame(socket: WebSocket, frame: { op: number; d: unknown }, connection: number): void {
    const d = (frame.d ?? {}) as Record<string, unknown>;
    switch (frame.op) {
      case 1: // Heartbeat
        this.heartbeatsAcked++;
        this.#send(socket, { op: 11 }, connection);
        return;
      case 2: {
        // Identify
        if (d.token !== this.#options.token) {
          socket.close(4004, 'Authentication failed.');
          return;
        }
        this.identifies++;
        const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, events: [], socket };
        this.#sessions.set(session.id, session);
        this.#current = session;
        this.#dispatch('READY', {
          v: 10,
          user: { ...this.#botUser(), verified: true, mfa_enabled: false, flags: 0 },
          guilds: [],
          session_id: session.id,
          resume_gateway_url: this.gatewayUrl,
          shard: [0, 1],
          application: { id: this.applicationId, flags: 0 },
          private_channels: [],
          presences: [],
          relationships: [],
          guild_join_requests: [],
          user_settings: {},
          geo_ordered_rtc_regions: [],
        });
        this.emit('session');
        return;
      }
      case 6: {
        // Resume
        const session = typeof d.session_id === 'string' ? this.#sessions.get(d.session_id) : undefined;
        if (d.token !== this.#options.token || !session) {
          this.#send(socket, { op: 9, d: false }, connection);
          return;
        }
        this.resumes++;
        session.socket = socket;
        this.#current = session;
        const from = typeof d.seq === 'number' ? d.seq : 0;
        for (const event of session.events.filter((e) => e.s > from)) this.#send(socket, event, connection);
        this.#dispatch('RESUMED', {});
        this.emit('session');
        return;
      }
      default:
        return; // presence and voice updates: nothing to do here
    }
  }

  /** A dispatch joins the session (for replay on RESUME) and goes out now if the client is connected. */
  #dispatch(t: string, d: unknown): void {
    const session = this.#current;
    if (!session) throw new Error(`no gateway session to dispatch ${t} to; is the bot logged in?`);
    const event = { op: 0 as const, s: ++session.seq, t, d };
    session.events.push(event);
    this.#send(session.socket, event);
  }

  #send(
    socket: WebSocket | null,
    frame: { op: number; d?: unknown; s?: number; t?: string },
    connection = this.#connections,
  ): void {
    if (socket?.readyState !== 1) return;
    this.frames.push({ direction: 'sent', op: frame.op, t: frame.t ?? null, at: Date.now(), connection });
    socket.send(JSON.stringify({ s: null, t: null, ...frame }));
  }

  // -------------------------------------------------------------------------------------------------------
  // REST

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const contentType = req.headers['content-type'] ?? '';
    let body: unknown = null;
    if (contentType.startsWith('multipart/form-data')) {
      // A message with files: its JSON in the `payload_json` field, each file in a field of its own.
      const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
      for (const [field, value] of form.entries()) {
        if (typeof value === 'string') continue;
        const data = Buffer.from(await value.arrayBuffer());
        this.uploads.push({ path: url.pathname, field, name: value.name, data });
      }
      const payload = form.get('payload_json');
      body = typeof payload === 'string' ? JSON.parse(payload) : {};
    } else {
      const text = raw.toString('utf8');
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = text;
      }
    }
    const method = req.method ?? 'GET';
    const recorded: RecordedRequest = {
      method,
      path: url.pathname,
      query: url.search,
      body,
      status: 0,
      at: Date.now(),
      authorization: req.headers.authorization,
    };
    this.requests.push(recorded);
    let response: Response;
    try {
      response = this.#route(method, url, body, req.headers.authorization);
    } catch (error) {
      response = reply(500, { message: `local Discord failed: ${(error as Error).message}`, code: 0 });
    }
    const { status, json, headers } = response;
    recorded.status = status;
    res.writeHead(status, {
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    });
    res.end(json === undefined ? undefined : JSON.stringify(json));
  }

  #route(method: string, url: URL, body: unknown, authorization: string | undefined): Response {
    const path = url.pathname.replace(/^\/api\/v10(?=\/)/, '');
    const authorized = authorization === `Bot ${this.#options.token}`;
    const unauthorized = () => reply(401, { message: '401: Unauthorized', code: 0 });

    if (method === 'GET' && (path === '/gateway/bot' || path === '/gateway')) {
      if (path === '/gateway/bot' && !authorized) return unauthorized();
      return reply(200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: 1 },
      });
    }

    const commands = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (method === 'PUT' && commands) {
      const m = commands;
      if (!authorized) return unauthorized();
      if (m[1] !== this.applicationId) return reply(403, { message: 'Missing Access', code: 50001 });
      const failed = this.#takeFailure('commands', null);
      if (failed) return failed;
      const list = Array.isArray(body) ? body : [];
      this.registrations.push({
        scope: m[2] ? 'guild' : 'global',
        ...(m[2] ? { guildId: m[2] } : {}),
        body: list,
        at: Date.now(),
      });
      return reply(
        200,
        list.map((c: Record<string, unknown>) => ({
          id: snowflake(),
          application_id: this.applicationId,
          version: snowflake(),
          ...c,
        })),
      );
    }

    const interaction = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (method === 'POST' && interaction) {
      const m = interaction;
      const record = this.interactions.get(m[1] as string);
      if (!record || record.token !== m[2])
        return reply(404, { message: 'Unknown interaction', code: 10062 });
      const failed = this.#takeFailure('callback', record);
      if (failed) return failed;
      const now = Date.now();
      if (record.callbacks.length) {
        record.refused.push({ status: 400, code: 40060, at: now });
        this.emit('interaction', record.id);
        return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      }
      if (now - record.sentAt > this.#options.responseWindowMs) {
        record.refused.push({ status: 404, code: 10062, at: now });
        this.emit('interaction', record.id);
        return reply(404, { message: 'Unknown interaction', code: 10062 });
      }
      const callback = body as { type: number; data?: Record<string, unknown> };
      record.callbacks.push({
        type: callback.type,
        data: callback.data,
        at: now,
        elapsed: now - record.sentAt,
      });
      if (callback.type === 4 || callback.type === 5)
        record.original = this.#message(record, callback.data ?? {});
      this.emit('interaction', record.id);
      if (url.searchParams.get('with_response') === 'true') {
        return reply(200, {
          interaction: { id: record.id, type: record.type, response_message_id: record.original?.id },
          resource: { type: callback.type, ...(record.original ? { message: record.original } : {}) },
        });
      }
      return reply(204);
    }

    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path);
    if (webhook) {
      const m = webhook;
      const record = this.#byToken.get(m[2] as string);
      if (!record || m[1] !== this.applicationId)
        return reply(404, { message: 'Unknown Webhook', code: 10015 });
      if (!record.callbacks.length) return reply(404, { message: 'Unknown Webhook', code: 10015 });
      const target = m[3] === undefined ? undefined : decodeURIComponent(m[3]);
      const message = (body ?? {}) as Record<string, unknown>;
      if (!target && method === 'POST') {
        const failed = this.#takeFailure('followup', record);
        if (failed) return failed;
        const created = this.#message(record, message);
        record.followUps.push({ body: message, at: Date.now(), message: created });
        this.emit('interaction', record.id);
        return reply(200, created);
      }
      if (target === '@original' || target === record.original?.id) {
        if (!record.original || record.originalDeleted)
          return reply(404, { message: 'Unknown Message', code: 10008 });
        if (method === 'GET') return reply(200, record.original);
        if (method === 'DELETE') {
          record.originalDeleted = true;
          this.emit('interaction', record.id);
          return reply(204);
        }
        if (method === 'PATCH') {
          const failed = this.#takeFailure('edit', record);
          if (failed) return failed;
          record.edits.push({ body: message, at: Date.now() });
          record.original = {
            ...this.#message(record, { ...record.original, ...message }, record.original.id as string),
            edited_timestamp: new Date().toISOString(),
          };
          this.emit('interaction', record.id);
          return reply(200, record.original);
        }
      }
      return reply(404, { message: 'Unknown Message', code: 10008 });
    }

    return reply(404, { message: '404: Not Found', code: 0 });
  }

  #takeFailure(kind: RouteKind, record: InteractionRecord | null): Response | null {
    const failure = this.#failures.get(kind)?.shift();
    if (!failure) return null;
    record?.injectedFailures.push({ kind, status: failure.status, at: Date.now() });
    if (failure.status === 429) {
      return reply(
        429,
        { message: 'You are being rate limited.', retry_after: failure.retryAfter, global: false },
        { 'retry-after': String(failure.retryAfter), 'x-ratelimit-scope': 'user' },
      );
    }
    return reply(500, { message: '500: Internal Server Error', code: 0 });
  }
}

interface Response {
  status: number;
  json?: unknown;
  headers?: Record<string, string>;
}

function reply(status: number, json?: unknown, headers: Record<string, string> = {}): Response {
  return { status, json, headers };
}

// ---------------------------------------------------------------------------------------------------------
// Reading what the bot sent

function isSettled(r: InteractionRecord): boolean {
  const first = r.callbacks[0];
  if (r.refused.length && !first) return true;
  if (!first) return false;
  if (first.type === 5) return r.edits.length > 0 || r.followUps.length > 0;
  return true;
}

export interface SentMessage {
  content: string;
  embeds: Record<string, unknown>[];
  components: Record<string, unknown>[];
  allowed_mentions: unknown;
  ephemeral: boolean;
  /** How it got there: a direct reply, an edit of a deferred reply, or a follow-up. */
  via: 'reply' | 'edit' | 'followup';
}

/** Every message-bearing payload the bot sent for an interaction, in order. */
export function sentMessages(r: InteractionRecord): SentMessage[] {
  const out: SentMessage[] = [];
  const first = r.callbacks[0];
  const deferredEphemeral = Boolean(first && first.type === 5 && Number(first.data?.flags ?? 0) & 64);
  const asMessage = (
    body: Record<string, unknown>,
    via: SentMessage['via'],
    ephemeral: boolean,
  ): SentMessage => ({
    content: typeof body.content === 'string' ? body.content : '',
    embeds: (body.embeds as Record<string, unknown>[] | undefined) ?? [],
    components: (body.components as Record<string, unknown>[] | undefined) ?? [],
    allowed_mentions: body.allowed_mentions,
    ephemeral,
    via,
  });
  if (first && (first.type === 4 || first.type === 7)) {
    out.push(asMessage(first.data ?? {}, 'reply', Boolean(Number(first.data?.flags ?? 0) & 64)));
  }
  for (const e of r.edits) out.push(asMessage(e.body, 'edit', deferredEphemeral));
  for (const f of r.followUps)
    out.push(asMessage(f.body, 'followup', Boolean(Number(f.body.flags ?? 0) & 64)));
  return out;
}

function toOptions(options: OptionValues | RawOption[]): RawOption[] {
  if (Array.isArray(options)) return options;
  return Object.entries(options).map(([name, value]) => ({
    name,
    type: typeof value === 'boolean' ? 5 : typeof value === 'number' ? (Number.isInteger(value) ? 4 : 10) : 3,
    value,
  }));
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
