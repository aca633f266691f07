import type { Document } from '../read/types.js';
import { findReferences, withIdentifiers, type References } from './references.js';
import { segmentSentences, type Sentence } from './sentences.js';

/**
 * The first steps of `extract`, which depend on the document alone: its identifiers marked as verbatim, its
 * reference entries, and its sentences. A one-thread run takes them on the reading thread (read-worker.ts),
 * which has time to spare, off the extracting thread, which has none. What crosses between the threads stays
 * cheap to copy: the sentences as numbers in a typed array rather than an object each.
 */
export interface Prepared {
  references: References;
  /** The sentences, as start, end and block, three numbers each. */
  sentences: Int32Array;
}

/** The document with its identifiers marked (see withIdentifiers), and what `extract` would find first in it. */
export function prepareDocument(input: Document): { document: Document; prepared: Prepared } {
  const document = withIdentifiers(input);
  const references = findReferences(document);
  const sentences = segmentSentences(document, references.blocks);
  const packed = new Int32Array(sentences.length * 3);
  for (let s = 0; s < sentences.length; s++) {
    packed[s * 3] = sentences[s]!.start;
    packed[s * 3 + 1] = sentences[s]!.end;
    packed[s * 3 + 2] = sentences[s]!.block;
  }
  return { document, prepared: { references, sentences: packed } };
}

/** The sentences of `Prepared.sentences`, as segmentSentences gives them. */
export function unpackSentences(packed: Int32Array): Sentence[] {
  const sentences: Sentence[] = [];
  for (let s = 0; s < packed.length; s += 3) sentences.push({ start: packed[s]!, end: packed[s + 1]!, block: packed[s + 2]! });
  return sentences;
}
