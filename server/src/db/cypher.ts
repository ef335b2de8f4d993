/** Every Cypher query the server runs lives in cypher/queries/<feature>/<name>.cypher, loaded once. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QueryName } from './query';

export const CYPHER_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../cypher',
);

/** The loaded query files; asking for a missing one throws, so a typo fails start-up. */
export class CypherLibrary {
  private readonly used = new Set<string>();

  constructor(private readonly queries: ReadonlyMap<string, string>) {}

  /** The text of `feature/name` (without `.cypher`). */
  get(name: QueryName): string {
    const text = this.queries.get(name);
    if (text === undefined) {
      throw new Error(`Missing Cypher file cypher/queries/${name}.cypher`);
    }
    this.used.add(name);
    return text;
  }

  /** Checks at start-up that the files of these handles' names all exist. */
  require(names: Iterable<QueryName>): void {
    for (const name of names) this.get(name);
  }

  /** Query files no handle asked for. */
  unused(): string[] {
    return [...this.queries.keys()].filter((name) => !this.used.has(name)).sort();
  }
}

/** Reads every query file under cypher/queries. */
export async function loadCypherLibrary(
  dir = path.join(CYPHER_DIR, 'queries'),
): Promise<CypherLibrary> {
  const queries = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.cypher')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const name = path
      .relative(dir, file)
      .replace(/\\/g, '/')
      .replace(/\.cypher$/, '');
    queries.set(name, await readFile(file, 'utf8'));
  }
  return new CypherLibrary(queries);
}
