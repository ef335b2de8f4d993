/** What makes a new password acceptable: long enough and hard to guess, with a reason when not. */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../shared/rules/user';

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

// zxcvbn's score 3 means "more than 10^8 guesses": safe against online guessing and costly offline
// against our scrypt hashes. Its common list holds the 30,000 most used passwords of public leaks.
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | null = null;
function zxcvbn(): ZxcvbnFactory {
  // Built on first use: loading the dictionaries costs ~50 ms that a server without sign-ups skips.
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
    maxLength: 128,
  });
  return estimator;
}

export type PasswordProblem =
  | { code: 'too_short'; params: { min: number } }
  | { code: 'too_long'; params: { max: number } }
  | {
      code:
        | 'password_repeated'
        | 'password_sequence'
        | 'password_personal'
        | 'password_common'
        | 'password_weak';
      params?: undefined;
    };

/** Words of the e-mail address and name (3+ letters), which a password must not lean on. */
function personalWords(owner: { email?: string; name?: string }): string[] {
  const local = owner.email?.split('@')[0] ?? '';
  return [local, ...local.split(/[^\p{L}\p{N}]+/u), ...(owner.name ?? '').split(/\s+/)]
    .map((w) => w.toLowerCase())
    .filter((w) => w.length >= 3)
    .sort((a, b) => b.length - a.length); // longest first: "janssens" before "jan"
}

/** Share of neighbouring characters that follow each other in code order (abc…, 987…). */
function sequenceShare(password: string): number {
  const codes = [...password.toLowerCase()].map((c) => c.codePointAt(0) ?? 0);
  let steps = 0;
  for (let i = 1; i < codes.length; i++) {
    if (Math.abs((codes[i] ?? 0) - (codes[i - 1] ?? 0)) === 1) steps++;
  }
  return codes.length > 1 ? steps / (codes.length - 1) : 0;
}

/** Why `password` is not acceptable for this account, or null when it is. */
export function passwordProblem(
  password: string,
  owner: { email?: string; name?: string } = {},
): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    return { code: 'too_short', params: { min: PASSWORD_MIN_LENGTH } };
  if (length > PASSWORD_MAX_LENGTH)
    return { code: 'too_long', params: { max: PASSWORD_MAX_LENGTH } };
  const lower = password.toLowerCase();
  // One character or one short chunk over and over: "aaaaaaaaaaaa", "abcabcabcabc".
  if (/^(.{1,4})\1+$/su.test(lower) || new Set(lower).size <= 2)
    return { code: 'password_repeated' };
  if (sequenceShare(password) >= 0.8) return { code: 'password_sequence' };
  const words = personalWords(owner);
  const rest = words.reduce((left, word) => left.split(word).join(''), lower);
  if (rest.length < 8 && rest.length < lower.length) return { code: 'password_personal' };

  const result = zxcvbn().check(password.slice(0, 128), words);
  if (result.score >= MIN_SCORE) return null;
  const patterns = result.sequence.map((m) =>
    m.pattern === 'dictionary' ? `dictionary:${String(m.dictionaryName)}` : m.pattern,
  );
  if (patterns.includes('dictionary:userInputs')) return { code: 'password_personal' };
  if (patterns.some((p) => p.startsWith('dictionary:passwords')))
    return { code: 'password_common' };
  if (patterns.includes('repeat')) return { code: 'password_repeated' };
  if (patterns.includes('sequence') || patterns.includes('spatial')) {
    return { code: 'password_sequence' };
  }
  return { code: 'password_weak' };
}
