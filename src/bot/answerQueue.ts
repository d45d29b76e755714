import { setImmediate as yieldToIo } from 'node:timers/promises';
import type { AnswerEngine } from '../../commands/command.js';

export interface AnswerQueueOptions {
  /**
   * The longest an answer waits for other interactions' acknowledgements before running anyway, so a
   * steady stream of interactions cannot starve answering. Default: 1,000 ms — a third of Discord's window.
   */
  maxWaitMs?: number;
}

/**
 * Puts acknowledging interactions before answering them. The engine answers synchronously (10–25 ms an `ask`
 * on the starter articles), and in one process an answer being computed holds up every other interaction's
 * acknowledgement; in a burst of 200, answering each as its deferral came back put the last deferral past
 * Discord's 3 seconds. So answers run one at a time, each after every interaction that has arrived has been
 * acknowledged (or `maxWaitMs` has passed), with pending I/O let through in between.
 */
export class AnswerQueue {
  readonly #maxWaitMs: number;
  #unacknowledged = 0;
  #quiet: (() => void)[] = [];
  #tail: Promise<unknown> = Promise.resolve();

  constructor(options: AnswerQueueOptions = {}) {
    this.#maxWaitMs = options.maxWaitMs ?? 1000;
  }

  /** An interaction has arrived; call the returned function (once or more) when it has been acknowledged. */
  arrived(): () => void {
    this.#unacknowledged++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.#unacknowledged--;
      if (this.#unacknowledged === 0) for (const wake of this.#quiet.splice(0)) wake();
    };
  }

  /** Runs `answer` after the answers queued before it, once no acknowledgement is pending. */
  run<T>(answer: () => T): Promise<Awaited<T>> {
    const result = this.#tail.then(async (): Promise<Awaited<T>> => {
      await this.#whenQuiet();
      await yieldToIo();
      return await answer();
    });
    this.#tail = result.catch(() => {});
    return result;
  }

  /**
   * The engine as a command sees it for one interaction: calling it means the interaction has been
   * acknowledged (commands defer first), and each answer goes through the queue.
   */
  engineFor(engine: AnswerEngine, acknowledged: () => void): AnswerEngine {
    const queued =
      <A extends unknown[], R>(method: (...args: A) => R) =>
      (...args: A) => {
        acknowledged();
        return this.run(() => method.apply(engine, args));
      };
    return {
      articles: engine.articles,
      ask: queued(engine.ask),
      timeline: queued(engine.timeline),
      troops: queued(engine.troops),
      who: queued(engine.who),
      sources: queued(engine.sources),
      names: queued(engine.names),
      topics: queued(engine.topics),
    };
  }

  #whenQuiet(): Promise<void> {
    if (this.#unacknowledged === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, this.#maxWaitMs);
      this.#quiet.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
