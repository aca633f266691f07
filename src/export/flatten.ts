/** GEXF and GraphML hold scalars: lists of strings and objects (evidence) are written as JSON text. */
export function flattenValue(value: unknown): string | number | boolean {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

export function flattenAttributes(attributes: Record<string, unknown>, skip: ReadonlySet<string> = new Set()): Record<string, string | number | boolean> {
  const flat: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (!skip.has(name) && value !== undefined) flat[name] = flattenValue(value);
  }
  return flat;
}
