/**
 * A generated training scenario, put together from the network as it is: "You notice <signal> in
 * <municipality>. Who do you call first? What may you share with them, and on which basis? Which
 * measure could your municipality take?" The right answers are the first call of who-to-call
 * (routing/first-call.ts), the sharing agreements who-to-call finds between the municipality and
 * that partner, and a measure that raises the barrier; the wrong ones are drawn from the same
 * data. Pure: no database, no GraphQL; the order of the choices is fixed per scenario.
 */
import {
  NO_AGREEMENT_CHOICE,
  TRAINING_CHOICES,
  type TrainingQuestionKind,
} from '../../../shared/training';
import type { RankedCall } from '../routing/first-call';
import type { WhoToCallRow } from '../routing/routing.repository';
import type { AgreementRow } from '../sharing/sharing.repository';
import type { CaseRow } from './training.repository';

/** What a scenario is about: its id says it all, so a question can be asked again later. */
export interface ScenarioKey {
  barrierCode: string;
  indicatorId: string;
  regionId: string;
}

const PREFIX = 'gen';
const PART = /^[A-Za-z0-9_-]{1,120}$/;

export function scenarioId(key: ScenarioKey): string {
  return [PREFIX, key.barrierCode, key.indicatorId, key.regionId].join(':');
}

/** The key of a generated scenario's id; null for anything else. */
export function parseScenarioId(id: string): ScenarioKey | null {
  const parts = id.split(':');
  if (parts.length !== 4 || parts[0] !== PREFIX) return null;
  const [, barrierCode, indicatorId, regionId] = parts as [string, string, string, string];
  if (![barrierCode, indicatorId, regionId].every((p) => PART.test(p))) return null;
  return { barrierCode: barrierCode.toUpperCase(), indicatorId, regionId };
}

export type ChoiceKind = 'ORGANISATION' | 'AGREEMENT' | 'NO_AGREEMENT' | 'MEASURE';

export interface Choice {
  id: string;
  kind: ChoiceKind;
}

export interface Question {
  kind: TrainingQuestionKind;
  /** Right and wrong, in a fixed order per scenario and question. */
  choices: Choice[];
  /** The answer the feedback explains. */
  right: Choice;
  /** Every choice that counts as right (the first call can be one of two equal contacts). */
  accepted: string[];
  /** For the first call: why, from the ranking (role, coverage, priority). */
  reason: RankedCall | null;
  /** For the sharing question: the partner to call, whom it is about. */
  partnerId: string | null;
}

export interface Scenario extends ScenarioKey {
  id: string;
  ownOrganisationId: string | null;
  questions: Question[];
}

/** FNV-1a: a small stable hash, so the same scenario always shows its choices in one order. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The items in an order fixed by `seed` (the same seed, the same order). */
export function shuffled<T>(items: readonly T[], seed: string, idOf: (item: T) => string): T[] {
  return [...items].sort(
    (a, b) =>
      hash(`${seed}|${idOf(a)}`) - hash(`${seed}|${idOf(b)}`) || idOf(a).localeCompare(idOf(b)),
  );
}

/** The place of a signal among the places on offer: one per signal and barrier, spread evenly. */
export function placeFor(
  barrierCode: string,
  indicatorId: string,
  regionIds: string[],
): string | null {
  if (regionIds.length === 0) return null;
  return regionIds[hash(`${barrierCode}|${indicatorId}`) % regionIds.length] ?? null;
}

function question(
  kind: TrainingQuestionKind,
  seed: string,
  right: Choice,
  accepted: string[],
  wrong: Choice[],
  reason: RankedCall | null = null,
  partnerId: string | null = null,
): Question | null {
  const others = wrong.slice(0, TRAINING_CHOICES - 1);
  if (others.length === 0) return null;
  const choices = shuffled([right, ...others], `${seed}|${kind}`, (c) => c.id);
  return { kind, choices, right, accepted, reason, partnerId };
}

/** What an agreement says, as a learner reads it: which data, on which basis. */
const signature = (a: AgreementRow) =>
  `${[...a.dataCategories].sort().join(',')}|${[...a.legalBasisIds].sort().join(',')}`;

export interface ScenarioInput {
  facts: CaseRow;
  /** The who-to-call answer for the signal's barrier in the place, asked as the municipality. */
  entries: WhoToCallRow[];
  /** Its first call (rankFirstCall with the municipality as the caller). */
  firstCall: RankedCall[];
  /** The agreements named in `facts.agreementIds` and in the entries' sharing. */
  agreements: Map<string, AgreementRow>;
}

/** The scenario's questions; a question the network cannot answer yet is left out. */
export function buildScenario({ facts, entries, firstCall, agreements }: ScenarioInput): Scenario {
  const key = {
    barrierCode: facts.barrierCode,
    indicatorId: facts.indicatorId,
    regionId: facts.regionId,
  };
  const id = scenarioId(key);
  const questions: Question[] = [];
  const first = firstCall[0];
  if (first) {
    const rightOrgs = [...new Set(firstCall.map((r) => r.candidate.organisationId))];
    // Plausible wrong ones: the next partners of the same answer, nearest and ablest first.
    const wrong = entries
      .map((e) => e.organisationId)
      .filter((o) => !rightOrgs.includes(o) && o !== facts.ownOrganisationId)
      .map((o): Choice => ({ id: o, kind: 'ORGANISATION' }));
    const q = question(
      'FIRST_CALL',
      id,
      { id: first.candidate.organisationId, kind: 'ORGANISATION' },
      rightOrgs,
      wrong,
      first,
    );
    if (q) questions.push(q);

    const entry = entries.find((e) => e.organisationId === first.candidate.organisationId);
    if (facts.ownOrganisationId && entry?.agreementIds) {
      const rightIds = [...entry.agreementIds].sort();
      const rightRows = rightIds.flatMap((a) => agreements.get(a) ?? []);
      const right: Choice = rightIds[0]
        ? { id: rightIds[0], kind: 'AGREEMENT' }
        : { id: NO_AGREEMENT_CHOICE, kind: 'NO_AGREEMENT' };
      const taken = new Set(rightRows.map(signature));
      const wrongAgreements: Choice[] = [];
      for (const a of shuffled(facts.agreementIds, `${id}|agreements`, (x) => x)) {
        const row = agreements.get(a);
        if (!row || rightIds.includes(a) || taken.has(signature(row))) continue;
        taken.add(signature(row));
        wrongAgreements.push({ id: a, kind: 'AGREEMENT' });
      }
      // With an agreement in force, "nothing is recorded" is the tempting wrong answer.
      const wrong: Choice[] =
        right.kind === 'AGREEMENT'
          ? [{ id: NO_AGREEMENT_CHOICE, kind: 'NO_AGREEMENT' }, ...wrongAgreements]
          : wrongAgreements;
      const q = question(
        'SHARING',
        id,
        right,
        rightIds.length ? rightIds : [NO_AGREEMENT_CHOICE],
        wrong,
        null,
        first.candidate.organisationId,
      );
      if (q) questions.push(q);
    }
  }

  const pool = facts.ownMeasureIds.length ? facts.ownMeasureIds : facts.barrierMeasureIds;
  const rightMeasure = shuffled(pool, `${id}|measure`, (m) => m)[0];
  if (rightMeasure) {
    const wrong = shuffled(facts.otherMeasureIds, `${id}|measures`, (m) => m).map(
      (m): Choice => ({ id: m, kind: 'MEASURE' }),
    );
    const q = question(
      'MEASURE',
      id,
      { id: rightMeasure, kind: 'MEASURE' },
      facts.barrierMeasureIds,
      wrong,
    );
    if (q) questions.push(q);
  }
  return { ...key, id, ownOrganisationId: facts.ownOrganisationId, questions };
}
