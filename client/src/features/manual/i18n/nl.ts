/** The manual's texts in Dutch: one catalogue with the PDF's (shared/manual-text.ts). */
import { MANUAL_NL } from '../../../../../shared/manual-text';

export type { ManualTextKey } from '../../../../../shared/manual-text';

export const nl = MANUAL_NL;
