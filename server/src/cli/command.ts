/**
 * How every npm command ends when it fails: a known problem (the configuration, the local Neo4j, a
 * refused input) as one line under the command's tag, anything else as it is; exit code 1.
 */
import { LocalNeo4jError } from '../../../neo4j/launcher';
import { ConfigError } from '../config';
import { UserError } from '../errors';

export function runCommand(tag: string, work: () => Promise<void>): void {
  work().catch((error: unknown) => {
    const known =
      error instanceof ConfigError ||
      error instanceof LocalNeo4jError ||
      error instanceof UserError;
    console.error(`[${tag}] ${known ? (error as Error).message : error}`);
    process.exit(1);
  });
}
