/** The manual's texts in English: one catalogue with the PDF's (shared/manual-text.ts). */
import { MANUAL_EN } from '../../../../../shared/manual-text';

export const en = MANUAL_EN;
