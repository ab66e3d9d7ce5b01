export { AtlasClient, createAtlasClient, ORGANIZATION_HEADER, type ApiPaths, type AtlasClientOptions } from './client.js';
export { Session, type Tokens, type TokenResponse, type SessionOptions } from './session.js';
export { ApiProblem, unwrap, type Problem } from './problem.js';
export { connectSocket, type AtlasSocket } from './socket.js';
export type * from './models.js';
export type { paths, components, operations } from './schema.js';
export type * from './server-events.js';
