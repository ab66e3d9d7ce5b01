import { join } from 'node:path';
import { load, median } from './load';
import { notificationFixture, ensureBuild } from './request-path.bench';
import { startServer, RunningServer } from './servers';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);

async function main() {
  ensureBuild();
  const fixture = await notificationFixture();
  const env = { NODE_ENV: 'production', DATABASE_URL: fixture.database.url, JWT_SECRET_KEY: fixture.secret, RISK_SCAN_ENABLED: 'false', DATABASE_POOL_SIZE: '10' };
  const servers: RunningServer[] = [];
  try {
    const base = await startServer({ label: 'main', args: ['/tmp/perf2/main-clone/dist/src/main.js'], env, readyPath: '/health', logFile: '/tmp/perf2/ab-main.log' });
    servers.push(base);
    const mine = await startServer({ label: 'perf2', args: ['dist/src/main.js'], env, readyPath: '/health', logFile: '/tmp/perf2/ab-perf2.log' });
    servers.push(mine);
    for (const path of (process.env.AB_PATHS ?? '/,/api/v1/notifications').split(',')) {
      const headers = path === '/' ? {} : fixture.auth;
      const cpu: Record<string, number[]> = { main: [], perf2: [] };
      const rps: Record<string, number[]> = { main: [], perf2: [] };
      for (const s of servers) await load(`${s.url}${path}`, headers, 2);
      for (let r = 0; r < ROUNDS; r++) {
        for (const s of r % 2 === 0 ? servers : [...servers].reverse()) {
          const before = await s.cpuMs();
          const result = await load(`${s.url}${path}`, headers, SECONDS);
          if (result.failures) throw new Error(`${s.label} failures ${result.failures}`);
          cpu[s.label].push(((await s.cpuMs()) - before) / result.requests);
          rps[s.label].push(result.rps);
        }
      }
      console.log(path, 'cpu ms/req main', cpu.main.map((v) => v.toFixed(3)).join(' '), '| perf2', cpu.perf2.map((v) => v.toFixed(3)).join(' '),
        `| median ${median(cpu.main).toFixed(3)} vs ${median(cpu.perf2).toFixed(3)}; rps ${median(rps.main).toFixed(0)} vs ${median(rps.perf2).toFixed(0)}`);
    }
  } finally {
    for (const s of servers) await s.stop();
    await fixture.database.drop();
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
