import { getNamedType, getNullableType, isAbstractType, isListType, isObjectType, type GraphQLObjectType } from 'graphql';
import { schema } from './server/src/schema';
type Edge = { from: string; to: string; field: string; list: boolean };
const edges = new Map<string, Edge[]>();
const objects = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__') && !['Query','Mutation'].includes(t.name));
for (const t of objects) {
  const out: Edge[] = [];
  for (const f of Object.values(t.getFields())) {
    const named = getNamedType(f.type);
    const list = isListType(getNullableType(f.type));
    const targets = isObjectType(named) ? [named] : isAbstractType(named) ? schema.getPossibleTypes(named) : [];
    for (const p of targets) out.push({ from: t.name, to: p.name, field: f.name, list });
  }
  edges.set(t.name, out);
}
// elementary cycles: start at the smallest type name in the cycle to dedupe
const names = objects.map(o => o.name).sort();
const cycles: Edge[][] = [];
for (const start of names) {
  const stack: Edge[] = [];
  const onPath = new Set<string>([start]);
  const dfs = (at: string) => {
    for (const e of edges.get(at) ?? []) {
      if (e.to === start) { cycles.push([...stack, e]); continue; }
      if (e.to < start || onPath.has(e.to)) continue;
      if (stack.length >= 11) continue;
      onPath.add(e.to); stack.push(e); dfs(e.to); stack.pop(); onPath.delete(e.to);
    }
  };
  dfs(start);
}
const byLen = new Map<number, number>();
for (const c of cycles) byLen.set(c.length, (byLen.get(c.length) ?? 0) + 1);
console.log(cycles.length, [...byLen.entries()].sort((a,b)=>a[0]-b[0]));
console.log('no list:', cycles.filter(c => !c.some(e => e.list)).map(c => c.map(e => `${e.from}.${e.field}`).join(' > ')));
for (const c of cycles.filter(c=>c.length<=2)) console.log(c.map(e => `${e.from}.${e.field}${e.list?'[]':''}`).join(' > '));
