/** The selection lives in the URL as `#node=<key>`, so that a link restores it. */
export function nodeFromHash(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('node');
  return value ? value : undefined;
}

export function hashForNode(node: string | undefined): string {
  return node === undefined ? '' : `#node=${encodeURIComponent(node)}`;
}
