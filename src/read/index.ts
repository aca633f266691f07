export { readDocument, readSource, formatOf, READABLE_EXTENSIONS } from './read.js';
export type { ReadOptions } from './read.js';
export { normalizeUrl, shortUrlLabel, isWebUrl } from './urls.js';
export type * from './types.js';
