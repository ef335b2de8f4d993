/** A claim mapping's rules: which claim of an identity provider, and the value that gives a role. */
import { z } from 'zod';
import { line, problem, required } from './common';

/** A claim name (groups, roles, or a dotted path such as realm_access.roles): no spaces. */
const claimName = line(100).pipe(
  z.string().refine((s) => /^[^\s]+$/.test(s), problem('claim_name')),
);

export const ssoMappingFields = {
  claim: required(claimName),
  value: required(line(200)),
};
