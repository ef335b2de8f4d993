/** The rule for a list of forms of exploitation a partner or contact handles (codes, as data). */

export interface FormCodeProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

/**
 * Normalises codes (trimmed, upper case, sorted) and reports unknown ones (listing those that exist) and
 * repeats, each on `field.index`. An empty list means "every form" (nothing recorded).
 */
export function checkFormCodes(
  codes: readonly string[],
  known: readonly string[],
  field = 'exploitationForms',
): { codes: string[]; problems: FormCodeProblem[] } {
  const seen = new Set<string>();
  const problems: FormCodeProblem[] = [];
  const cleaned = codes.map((raw, i) => {
    const code = raw.trim().toUpperCase();
    if (!known.includes(code))
      problems.push({
        field: `${field}.${i}`,
        code: 'unknown_code',
        params: { options: known.join(', ') },
      });
    else if (seen.has(code)) problems.push({ field: `${field}.${i}`, code: 'duplicate_value' });
    seen.add(code);
    return code;
  });
  // One order (the codes', alphabetical) wherever forms are stored, so the same choice compares equal.
  return { codes: [...new Set(cleaned)].sort(), problems };
}
