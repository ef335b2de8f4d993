import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { schema } from './server/src/schema';
import { queryCost } from './server/src/http/query-cost';
const docs: [string, string][] = [];
for (const feature of readdirSync('client/src/features')) {
  const dir = path.join('client/src/features', feature, 'api');
  let files: string[] = [];
  try { files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')); } catch { continue; }
  for (const f of files) {
    const mod = await import('./' + path.join(dir, f));
    for (const [k, v] of Object.entries(mod)) {
      if (typeof v === 'string' && /^\s*(query|mutation)\b/.test(v)) docs.push([`${feature}/${f}:${k}`, v]);
      else if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k2, v2] of Object.entries(v)) if (typeof v2 === 'string' && /^\s*(query|mutation)\b/.test(v2)) docs.push([`${feature}/${f}:${k}.${k2}`, v2]);
    }
    if (mod.municipalityOverviewDocument) docs.push(['overview16', mod.municipalityOverviewDocument(16)]);
  }
}
const extra: Record<string,string> = {
  DOS: '{ barriers { roles { organisation { networks { members { networks { members { name } } } } } } } }',
  DOS_SMALL: '{ barriers { roles { organisation { networks { members { name } } } } } }',
  LIST50: `query($first: Int) { organisations(first: $first) { edges { node {
  name roles { role barrier { name } } coverage { name parents { name } } units { name contactPoints { name } }
  contactPoints { name responsibilities { barrier { code } } } people { name }
  agreements { from { name } to { name } legalBases { name } } counterparts { name } networks { name }
  measures { name legalBases { code } } } } } }`,
  BARRIERS_ALL: `{ barriers { name indicators { name barriers { code } exploitationForms { name } sectors { name } }
      measures { name legalBases { name } organisations { name } } roles { role organisation { name coverage { name } } } } }`,
};
for (const [k, v] of Object.entries(extra)) docs.push([k, v]);
const vars: Record<string, unknown> = { first: 50 };
for (const [name, text] of docs.sort((a,b)=>a[0].localeCompare(b[0]))) {
  const v = queryCost(schema, parse(text), vars, undefined, 1e12);
  console.log(String(v.ok ? v.cost : `${v.reason} ${v.field}`).padStart(14), name);
}
console.log(docs.length);
