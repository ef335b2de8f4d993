/** The benchmark runner, small: one workload, concurrency 1, about a second per system. */
import { expect, inject, test } from 'vitest';
import { toMarkdown } from '../../bench/lib/report';
import { machineInfo, runTarget, SYSTEMS } from '../../bench/lib/runner';
import { createDriver } from '../../server/src/db/database';

test('the benchmark produces figures for the raw driver, our API and @neo4j/graphql', async () => {
  const uri = inject('neo4jUri');
  const result = await runTarget(
    { label: 'test', uri },
    { workloads: ['whoToCall'], concurrency: [1], durationSec: 1, warmupSec: 0.2, log: () => {} },
  );
  const [workload] = result.workloads;
  expect(workload?.failures).toEqual({});
  for (const system of SYSTEMS) {
    const m = workload?.measurements.find((x) => x.system === system);
    expect(m, system).toBeDefined();
    expect(m!.requests, system).toBeGreaterThan(0);
    expect(m!.throughput, system).toBeGreaterThan(0);
    expect(m!.latency.median, system).toBeGreaterThan(0);
    expect(m!.latency.p99, system).toBeGreaterThanOrEqual(m!.latency.median);
    expect(m!.queriesPerRequest, system).toBeGreaterThan(0);
  }
  expect(result.serverPeakRssMb.ours).toBeGreaterThan(0);

  const driver = createDriver({ uri, username: 'neo4j', password: undefined });
  try {
    const now = new Date().toISOString();
    const markdown = toMarkdown({
      startedAt: now,
      finishedAt: now,
      machine: await machineInfo(driver),
      options: {
        durationSec: 1,
        warmupSec: 0.2,
        concurrency: [1],
        seed: 42,
        workloads: ['whoToCall'],
      },
      targets: [result],
    });
    expect(markdown).toContain('| whoToCall | 1 |');
    expect(markdown).toContain('Neo4j');
  } finally {
    await driver.close();
  }
}, 300_000);
