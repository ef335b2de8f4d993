/**
 * The time budget of the request a database call is made for. The HTTP layer runs a GraphQL
 * execution inside `deadlines.run(deadline, …)`; Database reads it to shorten its transaction
 * timeouts and to close the session (Neo4j then stops the query) when the budget runs out, so
 * repositories and resolvers never pass it along by hand.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { RequestTimeoutError } from '../errors';

/**
 * A request's time budget. It starts unarmed (no limit) so that one is in place for the whole
 * execution; `arm` starts the clock once the operation is known.
 */
export class Deadline {
  private readonly controller = new AbortController();
  private at = Number.POSITIVE_INFINITY;
  private ms = 0;
  private timer: NodeJS.Timeout | undefined;

  /** Starts the clock: `ms` from now the signal aborts. */
  arm(ms: number): void {
    this.dispose();
    this.ms = ms;
    this.at = Date.now() + ms;
    this.timer = setTimeout(() => this.controller.abort(this.error()), ms);
  }

  get armed(): boolean {
    return Number.isFinite(this.at);
  }

  /** Aborts when the budget is spent (its reason is the coded RequestTimeoutError). */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Milliseconds left: 0 when spent, Infinity when unarmed. */
  remaining(): number {
    return Math.max(0, this.at - Date.now());
  }

  expired(): boolean {
    return this.controller.signal.aborted || Date.now() >= this.at;
  }

  error(): RequestTimeoutError {
    return new RequestTimeoutError(Math.round(this.ms / 1000));
  }

  /** The request is answered: no timer left behind. */
  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** The deadline of the request being answered, if it has one. */
export const deadlines = new AsyncLocalStorage<Deadline>();
