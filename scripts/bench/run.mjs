// Child processes of the benchmarks: run to completion, output kept, the tail of it in the error on failure.
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';

export const log = (line) => process.stderr.write(`${line}\n`);

// npm scripts run on the project's Node (the `node` dev dependency); children get the same one first on PATH.
export const childEnv = {
  ...process.env,
  PATH: `${dirname(process.execPath)}:${process.env.PATH}`,
  ASTRO_TELEMETRY_DISABLED: '1',
};

export function run(command, args, cwd, env = childEnv) {
  const r = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    throw new Error(`\`${command} ${args.join(' ')}\` in ${cwd} failed (exit ${r.status ?? r.signal}):\n${tail}`);
  }
  return r.stdout;
}
