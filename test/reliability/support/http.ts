/** A GraphQL client over real HTTP to 127.0.0.1 that never hangs: every request has a deadline. */

export interface GqlError {
  message: string;
  extensions?: Record<string, unknown>;
  path?: (string | number)[];
}

export interface GqlBody<T> {
  data?: T | null;
  errors?: GqlError[];
}

export interface Answer<T = Record<string, unknown>> {
  /** HTTP status; 0 when no answer came (connection refused or reset, deadline passed). */
  status: number;
  body: GqlBody<T> | null;
  /** Raw response text, for leak checks. */
  text: string;
  ms: number;
  /** Why no answer came, when status is 0. */
  failure: string | null;
  timedOut: boolean;
}

/** The outcome in one word: 'ok', an error code, 'NO_ANSWER' or 'TIMEOUT'. */
export function outcomeOf(answer: Answer<unknown>): string {
  if (answer.timedOut) return 'TIMEOUT';
  if (answer.status === 0) return 'NO_ANSWER';
  const error = answer.body?.errors?.[0];
  if (error) return String(error.extensions?.code ?? `HTTP_${answer.status}`);
  if (answer.status !== 200 || !answer.body) return `HTTP_${answer.status}`;
  return 'ok';
}

/** Posts a GraphQL request; resolves (never rejects) with what happened. */
export async function postGql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  timeoutMs = 20_000,
): Promise<Answer<T>> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let body: GqlBody<T> | null = null;
    try {
      body = JSON.parse(text) as GqlBody<T>;
    } catch {
      body = null;
    }
    return {
      status: response.status,
      body,
      text,
      ms: performance.now() - started,
      failure: null,
      timedOut: false,
    };
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return {
      status: 0,
      body: null,
      text: '',
      ms: performance.now() - started,
      failure: cause ?? (error as Error).message,
      timedOut,
    };
  }
}

/** GET /healthz with a deadline. */
export async function getHealth(
  url: string,
  timeoutMs = 20_000,
): Promise<{ status: number; ms: number; body: string }> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(timeoutMs) });
    return {
      status: response.status,
      ms: performance.now() - started,
      body: await response.text(),
    };
  } catch (error) {
    return { status: 0, ms: performance.now() - started, body: String((error as Error).message) };
  }
}
