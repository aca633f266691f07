export { GRAPH_SCHEMA_PATH } from '../package-files.js';
