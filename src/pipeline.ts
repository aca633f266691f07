import { CitegraphError, EXIT, InternalError } from './errors.js';
import { extract, type Extraction } from './extract/extract.js';
import type { Lexicon } from './extract/lexicon.js';
import type { Input } from './read/collect.js';
import { readDocument, readSource } from './read/read.js';

export { collectInputs, type CollectOptions, type Input } from './read/collect.js';

export interface ExtractFilesOptions {
  lexicon?: Lexicon;
  /** Called after each document with the count done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Called with one-line warnings about input that was read around. */
  onWarning?: (message: string) => void;
  /** Called for a file found in a folder that cannot be used, with a one-line message naming it; the run goes on without it. */
  onSkip?: (message: string) => void;
}

/**
 * Reads and extracts one input: the step both the sequential path and each
 * worker thread take. A file found in a folder that cannot be read gives
 * `undefined` after `onSkip`; a bug names the input (`InternalError`).
 */
export async function extractInput(input: Input, options: Pick<ExtractFilesOptions, 'lexicon' | 'onWarning' | 'onSkip'> = {}): Promise<Extraction | undefined> {
  const readOptions = options.onWarning ? { onWarning: options.onWarning } : {};
  try {
    const document = 'text' in input ? readSource(input.text, input.path, readOptions) : await readDocument(input.path, readOptions);
    return extract(document, options.lexicon ? { lexicon: options.lexicon } : {});
  } catch (error) {
    const isUnusable = error instanceof CitegraphError && error.exitCode === EXIT.input;
    if (isUnusable && 'isFound' in input && input.isFound) {
      options.onSkip?.(error.message);
      return undefined;
    }
    throw error instanceof CitegraphError ? error : new InternalError(input.path, error);
  }
}

/** Reads and extracts every input, in order. */
export async function extractInputs(inputs: readonly Input[], options: ExtractFilesOptions = {}): Promise<Extraction[]> {
  const extractions: Extraction[] = [];
  for (const [index, input] of inputs.entries()) {
    const extraction = await extractInput(input, options);
    if (extraction) extractions.push(extraction);
    options.onProgress?.(index + 1, inputs.length);
  }
  return extractions;
}
