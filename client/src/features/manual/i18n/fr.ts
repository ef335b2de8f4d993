/** The manual's texts in French: one catalogue with the PDF's (shared/manual-text.ts). */
import { MANUAL_FR } from '../../../../../shared/manual-text';

export const fr = MANUAL_FR;
