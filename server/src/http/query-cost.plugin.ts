/**
 * Refuses, before anything runs, an operation whose estimated cost (query-cost.ts) is over the
 * limit or that nests a list field in itself too often: the coded QUERY_TOO_COMPLEX, with what to
 * change. It runs where the variables are known (a `first: $n` counts by its value), after
 * validation and before the first resolver.
 */
import type { Plugin } from 'graphql-yoga';
import { QueryTooComplexError } from '../errors';
import { MAX_LIST_REPEATS, MAX_VISITS, queryCost } from './query-cost';

/** `maxCost`: the largest estimated cost allowed (config MAX_QUERY_COST). */
export function useQueryCost(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const verdict = queryCost(
        args.schema,
        args.document,
        args.variableValues as Record<string, unknown> | undefined,
        args.operationName,
        maxCost,
      );
      if (verdict.ok) return;
      setResultAndStopExecution({ errors: [refusal(verdict, maxCost)] });
    },
  };
}

function refusal(
  verdict: Exclude<ReturnType<typeof queryCost>, { ok: true }>,
  maxCost: number,
): QueryTooComplexError {
  const details = { maxCost, field: verdict.field, reason: verdict.reason };
  if (verdict.reason === 'repeat') {
    return new QueryTooComplexError(
      `${verdict.field} appears more than ${MAX_LIST_REPEATS} times along one path of this query (a cycle); ask for it at most ${MAX_LIST_REPEATS} times nested, and explore the network with neighbourhood or path`,
      details,
    );
  }
  if (verdict.reason === 'size') {
    return new QueryTooComplexError(
      `This query has more than ${MAX_VISITS.toLocaleString('en')} fields once its fragments are spread; ask for fewer fields`,
      details,
    );
  }
  return new QueryTooComplexError(
    `This query would return too much: its estimated size is over the limit of ${maxCost.toLocaleString('en')} values${verdict.field ? ` (passed at ${verdict.field})` : ''}, because nested lists multiply. Ask for fewer nested lists, or smaller pages with \`first\``,
    details,
  );
}
