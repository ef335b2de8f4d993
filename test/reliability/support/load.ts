/**
 * Steady load from a few concurrent clients: reads of several kinds, and writes (new organisations
 * with unique names, updates of each client's own contact point with unique values), each one
 * recorded in a WriteLedger and in per-phase statistics. Bounded in requests and stopped on demand.
 */
import { randomBytes } from 'node:crypto';
import { type Answer, outcomeOf, postGql } from './http';
import type { Outcome, WriteLedger } from './ledger';
import { sleep } from './profile';

export const CREATE_ORG =
  'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id name version } }';
export const UPDATE_CP = `mutation($id: ID!, $v: Int!, $h: String) {
  updateContactPoint(id: $id, version: $v, patch: {hours: {nl: $h}}) { id ... on ContactPoint { version hours } } }`;

/** Reads that answer on any database, seeded or not. */
const READS = [
  '{ barriers { code name(lang: FR) measures { code } } }',
  '{ search(query: "politie genk", first: 10) { score node { __typename } } }',
  '{ organisations(first: 20) { totalCount edges { node { id name coverage { id } } } } }',
  '{ me { email role } }',
];
/** A read that needs the demo network. */
const WHO_TO_CALL =
  '{ whoToCall(input: {barrier: "HOUSING", region: "region-mun-genk"}) { entries { rank organisation { name } contacts { contact { id email } } } } }';

export interface RequestRecord {
  /** Phase when the request was sent, and when its answer came. */
  phase: string;
  endPhase: string;
  kind: 'read' | 'create' | 'update';
  /** When the answer (or its absence) was known, in ms since the epoch. */
  at: number;
  ms: number;
  outcome: string;
  status: number;
  text: string;
}

export interface LoadOptions {
  url: () => string;
  headers: Record<string, string>;
  ledger: WriteLedger;
  /** One contact point per client, with its current version. */
  contactPoints: { id: string; version: number }[];
  /** The label requests are filed under; changed by the test as it injects faults. */
  phase: () => string;
  maxRequests: number;
  /** Pause between requests of one client. */
  pauseMs: number;
  timeoutMs?: number;
  namePrefix: string;
  /** True when the demo network is loaded: who-to-call joins the reads. */
  seeded?: boolean;
  /** 'steady': half reads; 'writes': a burst of creates and updates only. */
  mix?: 'steady' | 'writes';
}

export interface Load {
  records: RequestRecord[];
  /** Stops the clients after their current request; resolves when all have stopped. */
  stop(): Promise<void>;
  /** Resolves when every client has stopped (by stop() or the request budget). */
  done: Promise<void>;
}

function toOutcome(answer: Answer<unknown>): { outcome: Outcome; code: string } {
  const code = outcomeOf(answer);
  if (code === 'ok') return { outcome: 'ok', code };
  return { outcome: answer.status === 0 ? 'unknown' : 'rejected', code };
}

/** Starts one client per contact point; each alternates reads, creates and updates. */
export function startLoad(options: LoadOptions): Load {
  const records: RequestRecord[] = [];
  let stopped = false;
  let sent = 0;
  const runId = randomBytes(3).toString('hex');
  const reads = options.seeded ? [...READS, WHO_TO_CALL] : READS;
  const client = async (index: number) => {
    const cp = options.contactPoints[index]!;
    let n = 0;
    while (!stopped && sent < options.maxRequests) {
      sent++;
      n++;
      const step = options.mix === 'writes' ? 1 + 2 * (n % 2) : n % 4;
      const phase = options.phase();
      let kind: RequestRecord['kind'] = 'read';
      let answer: Answer<unknown>;
      if (step === 1) {
        kind = 'create';
        const name = `${options.namePrefix} ${runId} c${index} n${n}`;
        answer = await postGql(
          options.url(),
          CREATE_ORG,
          { input: { name, type: 'OTHER', country: 'BE', coverage: [] } },
          options.headers,
          options.timeoutMs,
        );
        options.ledger.creates.push({ name, ...toOutcome(answer) });
      } else if (step === 3) {
        kind = 'update';
        const value = `load ${runId} c${index} n${n}`;
        const sentVersion = cp.version;
        const updated = await postGql<{ updateContactPoint: { version: number } }>(
          options.url(),
          UPDATE_CP,
          { id: cp.id, v: sentVersion, h: value },
          options.headers,
          options.timeoutMs,
        );
        answer = updated;
        const result = toOutcome(updated);
        options.ledger.updates.push({ id: cp.id, value, ...result });
        const current = updated.body?.errors?.[0]?.extensions?.current as
          | { version?: number }
          | undefined;
        if (result.outcome === 'ok') cp.version = updated.body!.data!.updateContactPoint.version;
        else if (result.code === 'CONFLICT' && typeof current?.version === 'number')
          cp.version = current.version;
      } else {
        const query = reads[(index + n) % reads.length]!;
        answer = await postGql(options.url(), query, {}, options.headers, options.timeoutMs);
      }
      records.push({
        phase,
        endPhase: options.phase(),
        kind,
        at: Date.now(),
        ms: answer.ms,
        outcome: outcomeOf(answer),
        status: answer.status,
        text: answer.text,
      });
      // Nobody listening (the server is being restarted): wait a little rather than spin.
      if (answer.status === 0) await sleep(100);
      else if (options.pauseMs > 0) await sleep(options.pauseMs);
    }
  };
  const done = Promise.all(options.contactPoints.map((_, i) => client(i))).then(() => {});
  return {
    records,
    done,
    async stop() {
      stopped = true;
      await done;
    },
  };
}

/** Counts of outcomes per phase, e.g. { outage: { ok: 3, DATABASE_UNAVAILABLE: 40 } }. */
export function tally(records: RequestRecord[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const r of records) {
    const phase = out[r.phase] ?? {};
    phase[r.outcome] = (phase[r.outcome] ?? 0) + 1;
    out[r.phase] = phase;
  }
  return out;
}
