/** npm run schema:print: writes the SDL to schema.graphql (a test fails when it is out of date). */
import { writeFile } from 'node:fs/promises';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from '../schema';

export const SCHEMA_FILE = new URL('../../../schema.graphql', import.meta.url);

await writeFile(SCHEMA_FILE, `${printSchema(lexicographicSortSchema(schema))}\n`);
console.log('schema.graphql written');
