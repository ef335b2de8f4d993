/**
 * npm run bench:data -- --scale 0.1 [--seed 42]
 * Generates (or reuses) the benchmark database of one scale in .data/bench-neo4j-<scale>.
 */
import { parseArgs } from 'node:util';
import { openBenchDatabase, parseScale } from './lib/bench-db';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '42' },
  },
});

const scale = parseScale(values.scale ?? '1');
const seedNumber = Number(values.seed);
if (!Number.isInteger(seedNumber)) throw new Error(`--seed must be an integer, got ${values.seed}`);

const db = await openBenchDatabase(scale, seedNumber, (line) => console.log(line));
try {
  console.log(JSON.stringify(db.meta.counts.byLabel));
} finally {
  await db.close();
}
