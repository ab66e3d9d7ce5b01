import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The postmaster of a cluster folder and the backends it forked. */
async function clusterProcesses(clusterDir: string): Promise<{ postmaster: number; children: number[] }> {
  const postmaster = Number.parseInt((await readFile(join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0], 10);
  const children: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === postmaster) children.push(Number(name));
  }
  return { postmaster, children };
}

/**
 * SIGSTOPs a PostgreSQL cluster (postmaster first, so it forks nothing new, then every backend) and
 * returns a function that SIGCONTs it again. Connections stay open and silent: a frozen server.
 */
export async function freezeCluster(clusterDir: string): Promise<() => Promise<void>> {
  const { postmaster } = await clusterProcesses(clusterDir);
  process.kill(postmaster, 'SIGSTOP');
  const { children } = await clusterProcesses(clusterDir);
  for (const pid of children) process.kill(pid, 'SIGSTOP');
  return async () => {
    for (const pid of children) process.kill(pid, 'SIGCONT');
    process.kill(postmaster, 'SIGCONT');
  };
}
