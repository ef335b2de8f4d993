/** An information-sharing agreement's rules: its data categories and conditions. */
import { z } from 'zod';
import { chooseOne, LIMITS, line, required, text, translated } from './common';

export const agreementDetails = z.object({
  ...translated('conditions', text(LIMITS.description)),
});

export const agreementPatch = agreementDetails.partial();

/** The form's choices: at least one data category. */
export const agreementChoices = { dataCategories: chooseOne };

/** A new agreement's other party and legal bases (picked from lists). */
export const agreementParties = {
  toId: required(line(LIMITS.name)),
  legalBasisIds: chooseOne,
};
