// Text from documents, file names and graphs reaches the terminal only through these
// helpers: an escape sequence in a document (OSC 52 writes the clipboard, CSI 2J
// clears the screen, OSC 8 makes links) must show as text, never act.

// C0 controls, DEL, C1 controls, and the bidirectional overrides and isolates that
// reorder what is shown (CVE-2021-42574, "Trojan Source"), and the line and paragraph separators.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\x1b': '\\e' };

/** `text` with every control character shown as a visible escape (`\e`, `\n`, `\x07`, `\u202e`); the rest untouched. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (character) => {
    const code = character.charCodeAt(0);
    return NAMED[character] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/** A copy of a JSON-like value with `escapeControls` applied to every string in it. */
export function escapeStrings<T>(value: T): T {
  if (typeof value === 'string') return escapeControls(value) as T;
  if (Array.isArray(value)) return value.map(escapeStrings) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, escapeStrings(item)])) as T;
  }
  return value;
}

/** Writes `citegraph: message` as one line on stderr, control characters escaped. */
export function printLine(message: string): void {
  process.stderr.write(`citegraph: ${escapeControls(message)}\n`);
}

/** Writes `citegraph: warning: message` as one line on stderr. */
export function printWarning(message: string): void {
  printLine(`warning: ${message}`);
}
