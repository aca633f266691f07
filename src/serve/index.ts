export { startServer, SERVE_DEFAULTS, GRAPH_PATH } from './server.js';
export type { ServeOptions, RunningServer } from './server.js';
export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './headers.js';
export { WEB_ROOT } from './web-root.js';
