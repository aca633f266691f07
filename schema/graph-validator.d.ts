import type { ValidateFunction } from 'ajv';

/** The schema-1 graph validator, compiled from schema/graph.schema.json by schema/compile.mjs. */
export declare const validate: ValidateFunction;
export default validate;
