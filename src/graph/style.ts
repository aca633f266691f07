import type { Category } from './schema.js';

/** Colours by entity category (Tableau 10: distinct, colour-blind friendly), shared with the explorer. */
export const CATEGORY_COLORS: Readonly<Record<Category, string>> = {
  person: '#e15759',
  organization: '#4e79a7',
  place: '#59a14f',
  product: '#f28e2b',
  other: '#b07aa1',
};
export const SOURCE_COLOR = '#9aa0a6';
export const DOCUMENT_COLOR = '#3d4852';
