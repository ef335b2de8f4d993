/**
 * npx tsx bench/nested-lists.ts --url http://127.0.0.1:4000 [--pid <server pid>] [--samples 200]
 *
 * The denial of service of the security review, against a running server (`npm start`): the
 * reported query once, then 20 copies of it at once, again and again, while a trivial query is
 * timed `samples` times; prints how each was answered, the trivial query's latencies and, with
 * --pid, the server's resident memory. Loopback only, bounded in requests (at most 500 rounds).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { REPORTED_QUERY } from '../test/support/nested-lists';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000' },
    pid: { type: 'string' },
    copies: { type: 'string', default: '20' },
    samples: { type: 'string', default: '200' },
  },
});
const url = new URL(values.url ?? '');
if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
  throw new Error('loopback only: --url http://127.0.0.1:<port>');
const COPIES = Math.min(50, Number(values.copies));
const SAMPLES = Math.min(2_000, Number(values.samples));
const MAX_ATTACK = COPIES * 500;
const TRIVIAL = '{ barrier(code: "WORK") { code } }';

async function post(query: string) {
  const started = performance.now();
  try {
    const response = await fetch(new URL('/graphql', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(120_000),
    });
    const text = await response.text();
    const body = JSON.parse(text) as {
      data?: unknown;
      errors?: { extensions?: { code?: string } }[];
    };
    const outcome =
      body.errors?.[0]?.extensions?.code ?? (body.data ? 'ok' : `HTTP ${response.status}`);
    return { outcome, ms: performance.now() - started, bytes: text.length, body };
  } catch (error) {
    return {
      outcome: (error as Error).name,
      ms: performance.now() - started,
      bytes: 0,
      body: null,
    };
  }
}

async function rssMb(): Promise<number | null> {
  if (!values.pid) return null;
  const status = await readFile(`/proc/${values.pid}/status`, 'utf8').catch(() => '');
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return kb ? Math.round(Number(kb) / 1024) : null;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const summary = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return `p50 ${quantile(s, 0.5).toFixed(1)} ms, p99 ${quantile(s, 0.99).toFixed(1)} ms, max ${(s.at(-1) ?? 0).toFixed(1)} ms (${s.length})`;
};

const quiet: number[] = [];
for (let i = 0; i < 50; i++) quiet.push((await post(TRIVIAL)).ms);
console.log(`trivial query, quiet server: ${summary(quiet)}`);
console.log(`server RSS before: ${await rssMb()} MB`);

const once = await post(REPORTED_QUERY);
console.log(
  `reported query once: ${once.outcome} in ${once.ms.toFixed(1)} ms, ${once.bytes} bytes: ${JSON.stringify(once.body).slice(0, 300)}`,
);

let observing = true;
let sent = 0;
let peak = (await rssMb()) ?? 0;
const started = performance.now();
const attack = Array.from({ length: COPIES }, async () => {
  const answers: { outcome: string; ms: number }[] = [];
  while (observing && sent < MAX_ATTACK) {
    sent++;
    answers.push(await post(REPORTED_QUERY));
  }
  return answers;
});
const trivial = { ms: [] as number[], wrong: [] as string[] };
while (trivial.ms.length < SAMPLES && sent < MAX_ATTACK) {
  const a = await post(TRIVIAL);
  trivial.ms.push(a.ms);
  if (JSON.stringify(a.body) !== '{"data":{"barrier":{"code":"WORK"}}}')
    trivial.wrong.push(a.outcome);
  peak = Math.max(peak, (await rssMb()) ?? 0);
}
observing = false;
const answers = (await Promise.all(attack)).flat();
const took = performance.now() - started;

const outcomes: Record<string, number> = {};
for (const a of answers) outcomes[a.outcome] = (outcomes[a.outcome] ?? 0) + 1;
console.log(
  `${COPIES} copies at once: ${answers.length} requests in ${(took / 1000).toFixed(1)} s, ${JSON.stringify(outcomes)}; each: ${summary(answers.map((a) => a.ms))}`,
);
console.log(
  `trivial query meanwhile: ${summary(trivial.ms)}; wrong answers: ${trivial.wrong.length}`,
);
console.log(`server RSS peak: ${peak} MB, after: ${await rssMb()} MB`);
