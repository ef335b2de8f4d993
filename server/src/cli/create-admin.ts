/**
 * npm run create-admin -- --email someone@example.org --name "Full Name"
 * Creates an administrator (the first one, outside the local default). The password comes from
 * ADMIN_PASSWORD, or a strong one is generated and printed once.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { userFields } from '../../../shared/rules/user';
import { hashPassword } from '../auth/password';
import { PASSWORD_MAX_LENGTH, passwordProblem } from '../auth/password-rules';
import { ConfigError, loadConfig } from '../config';
import { createRepositories } from '../repositories';
import { message } from '../shared/messages';
import { runCommand } from './command';
import { commandDatabase } from './database';

/** The account rules the administrators' form uses (shared/rules/user.ts), said as options. */
const input = z.object({
  email: userFields.email,
  name: userFields.name,
  password: z.string().max(PASSWORD_MAX_LENGTH),
});
const OPTION_PROBLEMS: Record<string, string> = {
  email: '--email must be an e-mail address',
  name: '--name is missing, too short or too long for a name',
  password: `ADMIN_PASSWORD may have at most ${PASSWORD_MAX_LENGTH} characters`,
};

async function run() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' } },
  });
  const generated = process.env.ADMIN_PASSWORD === undefined;
  const parsed = input.safeParse({
    email: values.email?.trim().toLowerCase(),
    name: values.name,
    password: process.env.ADMIN_PASSWORD ?? randomBytes(15).toString('base64url'),
  });
  if (!parsed.success) {
    throw new ConfigError(
      `${[...new Set(parsed.error.issues.map((i) => OPTION_PROBLEMS[String(i.path[0])] ?? i.message))].join('; ')}\n` +
        'usage: npm run create-admin -- --email someone@example.org --name "Full Name"',
    );
  }
  const weak = passwordProblem(parsed.data.password, parsed.data);
  if (weak) throw new ConfigError(`ADMIN_PASSWORD: ${message('EN', weak.code, weak.params)}`);
  const config = loadConfig();
  // Like seed, backup and restore: the local Neo4j of a running `npm start` is used as it is.
  const database = await commandDatabase(config, () => {});
  try {
    const repos = createRepositories(database.db);
    await repos.auth.createUser({
      id: `user-${randomBytes(8).toString('hex')}`,
      email: parsed.data.email,
      name: parsed.data.name,
      role: 'ADMIN',
      passwordHash: await hashPassword(parsed.data.password),
    });
    console.log(`Administrator ${parsed.data.email} created.`);
    if (generated) console.log(`Password (shown once): ${parsed.data.password}`);
  } finally {
    await database.close();
  }
}

runCommand('create-admin', run);
