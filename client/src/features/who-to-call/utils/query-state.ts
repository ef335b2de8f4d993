/**
 * The who-to-call question lives in the URL (`/?barrier=HOUSING&region=region-mun-genk`), so an
 * answer can be bookmarked and shared. These two functions are the only readers and writers.
 */
export interface WhoToCallQuery {
  barrier?: string;
  indicator?: string;
  region?: string;
  form?: string;
  /** What the caller wants from the call (CallerNeed); the answer assumes SIGNAL without it. */
  need?: string;
}

const KEYS = ['barrier', 'indicator', 'region', 'form', 'need'] as const;
const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;
const ID = /^[a-z][a-z0-9-]{0,127}$/;

/** Reads the question from a query string; values of the wrong shape are left out. */
export function parseQuery(search: string): WhoToCallQuery {
  const params = new URLSearchParams(search);
  const query: WhoToCallQuery = {};
  const barrier = params.get('barrier');
  const indicator = params.get('indicator');
  const region = params.get('region');
  const form = params.get('form');
  const need = params.get('need');
  if (barrier && CODE.test(barrier)) query.barrier = barrier;
  if (indicator && ID.test(indicator)) query.indicator = indicator;
  if (region && ID.test(region)) query.region = region;
  if (form && CODE.test(form)) query.form = form;
  if (need && CODE.test(need)) query.need = need;
  return query;
}

/** Writes the question as a query string in a stable order ("" when empty). */
export function toSearch(query: WhoToCallQuery): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
