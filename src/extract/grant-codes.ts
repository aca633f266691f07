import type { NameCandidate } from './names.js';

// A grant's, a contract's or an award's number, as papers' acknowledgements write them: NNG04EA00C, 80NSSC19K0855,
// NAS5-02139, ST/S000240/1 (whose part S000240 is a word). Capitals and digits only, four digits or more, letters and
// digits alternating again and again, or five digits or more after letters: not a model's name (RTX4090), a numbered
// standard or its draft (CVE-2024-1234, ISO-8601, P2128R6) nor an issue of a tracker, a prefix, a hyphen and its number (BPO-41451,
// HADOOP-12345), which stay names.
const CODE_CHARACTERS = /^[\p{Lu}\p{N}]+(?:[-/][\p{Lu}\p{N}]+)*$/u;
// A C++ committee paper and its revision (P2128R6) is a numbered standard's draft, a name.
const TRACKER_ISSUE = /^\p{Lu}+-\p{N}+$|^P\p{N}{3,5}R\p{N}{1,2}$/u;
const NUMBERED_SERIES = /^(?:CVE|CWE|GHSA|RFC|PEP|NEP|ISO|IEC|IEEE|BIP|EIP|ERC|JEP|JSR|KEP|FIPS|NIST|ECMA|BCP|STD|FYI|DOI|SP)(?:[-/]|\p{N})/u;

/** Whether a word is such a number (see above). */
export function isGrantCode(word: string): boolean {
  if (word.length < 6 || !CODE_CHARACTERS.test(word) || NUMBERED_SERIES.test(word) || TRACKER_ISSUE.test(word)) return false;
  let digits = 0;
  let turns = 0;
  let last = '';
  for (const character of word) {
    const kind = character >= '0' && character <= '9' ? 'digit' : character === '-' || character === '/' ? '' : 'letter';
    if (kind === 'digit') digits++;
    if (kind !== '' && last !== '' && kind !== last) turns++;
    if (kind !== '') last = kind;
  }
  return digits >= 4 && turns >= 1 && (turns >= 3 || digits >= 5);
}

/** Drops the names that hold such a number ("NASA Contract NAS5-02139", "NNG04EA00C"): identifiers, not names. */
export function withoutGrantCodes(names: NameCandidate[]): NameCandidate[] {
  return names.filter((name) => name.lexicon !== undefined || !/\p{N}/u.test(name.surface) || !name.surface.split(' ').some(isGrantCode));
}
