import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/app.setup';
import { runMigrations } from '../src/database/migrate';
import { prepareRuntime } from '../src/runtime';
import { withDatabase } from '../test/support/test-database-env';

export const BENCHMARKS_FILE = join(__dirname, '..', 'BENCHMARKS.md');

/** The server to create throw-away databases on (a superuser URL). */
export function adminUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
}


async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated `atlas_bench_<random>` database. */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `atlas_bench_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = withDatabase(adminUrl(), name);
  await runMigrations(url);
  return { url, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** The production bootstrap (prepareRuntime, AppModule.forRoot, configureApp) on a random port. */
export async function bootApp(databaseUrl: string, imports: ModuleMetadata['imports'] = [], env: Record<string, string> = {}) {
  const runtime = await prepareRuntime(
    {
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      JWT_SECRET_KEY: randomBytes(48).toString('base64url'),
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '10',
      RISK_SCAN_ENABLED: 'false',
      ...env,
    },
    () => undefined,
  );
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(runtime.config, imports), {
    bodyParser: false,
    bufferLogs: true,
  });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, url };
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** A request to measure: GET by default, or another method with a JSON body. */
export interface TimedRequest {
  method?: string;
  body?: unknown;
}

function send(url: string, headers: Record<string, string>, options: TimedRequest = {}): Promise<number> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { agent, method: options.method ?? 'GET', headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export interface Latency {
  p50: number;
  p99: number;
  count: number;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Sequential requests on one keep-alive connection: latency without queueing. */
export async function measureLatency(
  url: string | ((i: number) => string),
  headers: Record<string, string>,
  count: number,
  warmup = 50,
  options: TimedRequest = {},
): Promise<Latency> {
  const urlOf = typeof url === 'string' ? () => url : url;
  for (let i = 0; i < warmup; i++) await send(urlOf(i), headers, options);
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    const target = urlOf(warmup + i);
    const status = await send(target, headers, options);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (status !== 200) throw new Error(`${target} answered ${status}`);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), count };
}

/**
 * Like measureLatency for several URLs at once, taken in turn (request i goes to url i mod n), so
 * every URL sees the same moments of a noisy machine and their figures can be compared.
 */
export async function measureInterleaved(urls: readonly string[], headers: Record<string, string>, countEach: number, warmup = 50): Promise<Latency[]> {
  for (let i = 0; i < warmup; i++) await send(urls[i % urls.length], headers);
  const samples: number[][] = urls.map(() => []);
  for (let i = 0; i < countEach * urls.length; i++) {
    const which = i % urls.length;
    const start = process.hrtime.bigint();
    const status = await send(urls[which], headers);
    samples[which].push(Number(process.hrtime.bigint() - start) / 1e6);
    if (status !== 200) throw new Error(`${urls[which]} answered ${status}`);
  }
  return samples.map((list) => {
    list.sort((a, b) => a - b);
    return { p50: percentile(list, 50), p99: percentile(list, 99), count: list.length };
  });
}

export function machineInfo(): string {
  const cpuinfo = existsSync('/proc/cpuinfo') ? execFileSync('cat', ['/proc/cpuinfo'], { encoding: 'utf8' }) : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown CPU';
  const nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  const memory = `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`;
  return `${nproc} × ${model}, ${memory} RAM, Node ${process.version}`;
}

/** `uptime`'s line: the load the machine was under while a benchmark ran. */
export function loadAverage(): string {
  return execFileSync('uptime', { encoding: 'utf8' }).trim();
}

export function utcDate(): string {
  return execFileSync('date', ['-u'], { encoding: 'utf8' }).trim();
}

const LATEST_START = '<!-- latest run: written by npm run bench -->';
const LATEST_END = '<!-- end of latest run -->';

/**
 * Replaces the latest run of the `## heading` section of BENCHMARKS.md with `text` under a dated
 * "Latest run" heading, keeping the section's hand-written notes; earlier runs live in git history.
 * Creates either if missing.
 */
export async function writeLatestRun(heading: string, text: string): Promise<void> {
  const current = existsSync(BENCHMARKS_FILE) ? await readFile(BENCHMARKS_FILE, 'utf8') : '# Benchmarks\n';
  const block = `${LATEST_START}\n### Latest run (${utcDate()})\n\n${text.trim()}\n${LATEST_END}`;
  const lines = current.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) {
    await writeFile(BENCHMARKS_FILE, `${current.trimEnd()}\n\n## ${heading}\n\n${block}\n`);
    return;
  }
  const next = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  const end = next === -1 ? lines.length : next;
  const section = lines.slice(start, end).join('\n');
  const from = section.indexOf(LATEST_START);
  const to = section.indexOf(LATEST_END);
  const updated =
    from !== -1 && to > from
      ? `${section.slice(0, from)}${block}${section.slice(to + LATEST_END.length)}`
      : `${section.trimEnd()}\n\n${block}\n`;
  const after = lines.slice(end).join('\n');
  await writeFile(BENCHMARKS_FILE, `${[...lines.slice(0, start), updated.trimEnd()].join('\n')}\n${after ? `\n${after}` : ''}`);
}

