import { fileURLToPath } from 'node:url';

/** The JSON Schema (draft 2020-12) of the schema-1 export; it ships with the package, at its root. */
export const GRAPH_SCHEMA_PATH = fileURLToPath(new URL('../../schema/graph.schema.json', import.meta.url));
