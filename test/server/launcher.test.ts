import { execFile } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { assertPortFree, LocalNeo4jError, startLocalNeo4j } from '../../neo4j/launcher';

test('a taken port is reported in one clear line that says what to do', async () => {
  const blocker = net.createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
  const port = (blocker.address() as net.AddressInfo).port;
  try {
    const error = await startLocalNeo4j({ port, dataDir: '/tmp/unused' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalNeo4jError);
    expect((error as Error).message).toBe(
      `port ${port} on 127.0.0.1 is already in use: stop what listens there (e.g. another Neo4j or npm start), or choose another port with NEO4J_LOCAL_PORT`,
    );
  } finally {
    blocker.close();
  }
  await expect(assertPortFree(port)).resolves.toBeUndefined();
});

test('the embedded Neo4j refuses to listen beyond loopback, since it has no authentication', async () => {
  const root = path.resolve(import.meta.dirname, '../../neo4j/target');
  const classpath = `${root}/classes:${(await import('node:fs')).readFileSync(`${root}/classpath.txt`, 'utf8').trim()}`;
  const run = promisify(execFile);
  const error = await run('java', [
    '-cp',
    classpath,
    'org.confine.localneo4j.LocalNeo4j',
    '--host',
    '0.0.0.0',
    '--port',
    '7999',
    '--data',
    '/tmp/never',
  ])
    .then(() => null)
    .catch((e: { code: number; stderr: string }) => e);
  expect(error?.code).toBe(2);
  expect(error?.stderr).toContain('refusing to listen on 0.0.0.0');
});
