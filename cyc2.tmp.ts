import { parse, validate } from 'graphql';
import { schema } from './server/src/schema';
import { queryCost } from './server/src/http/query-cost';
import { cyclesOf, cycleQuery } from './test/reliability/support/schema-ops';
const cycles = cyclesOf(schema);
console.log(cycles.length);
for (const c of cycles) {
  const q = cycleQuery(schema, c, 12);
  const errs = validate(schema, parse(q));
  const v = queryCost(schema, parse(q), {}, undefined, 50_000);
  console.log(v.ok ? `OK ${v.cost}` : `${v.reason} ${v.field} ${v.cost}`, errs.length ? errs[0].message : '', '|', q);
}
