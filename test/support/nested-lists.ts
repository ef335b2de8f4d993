/**
 * The query family of the security review: lists nested through a cycle of the schema
 * (barriers → roles → organisation → networks ↔ members), each round multiplying the answer.
 */

/** `{ barriers { roles { organisation { networks { members { … name } } } } } }`, `rounds` deep. */
export function networkCycle(rounds: number): string {
  const open = 'networks { members { '.repeat(rounds);
  const close = '} } '.repeat(rounds);
  return `{ barriers { roles { organisation { ${open}name ${close}} } } }`;
}

/**
 * The query of the report: no sign-in, inside every limit of the time; 3 s, 8.9 MB and ~300 MB
 * of heap on the demo network, and one more round ran Node out of memory.
 */
export const REPORTED_QUERY = networkCycle(2);
