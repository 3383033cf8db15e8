import fs from 'node:fs';
import path from 'node:path';
import { run } from './proc';
import { REPO } from './project';

/**
 * Runs a TypeScript script in a fresh Node process (`--expose-gc --import tsx`, so its memory
 * figures are its own) and returns the last line of its output that is a JSON object.
 */
export async function runJsonScript<T>(name: string, script: string, args: string[], logFile: string): Promise<T> {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.writeFileSync(logFile, '');
  const result = await run(name, process.execPath, ['--expose-gc', '--import', 'tsx', script, ...args], {
    cwd: REPO,
    logFile,
    timeoutMs: 10 * 60_000,
  });
  const line = fs
    .readFileSync(logFile, 'utf8')
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'));
  if (result.code !== 0 || !line) throw new Error(`${name} failed (exit ${result.code}); log: ${logFile}`);
  return JSON.parse(line) as T;
}
