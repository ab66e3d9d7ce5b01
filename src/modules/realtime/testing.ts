/**
 * What tests and benchmarks may reach inside the realtime module besides its index: the gateway's
 * counters, the Socket.IO server (to inspect rooms) and the Redis presence store (to play a crashed
 * instance). Application code never imports this file (dependency-cruiser enforces it).
 */
export { RealtimeGateway } from './realtime.gateway';
export { SocketServerRef } from './socket-server.ref';
export { RedisPresenceStore } from './presence/redis-presence.store';
