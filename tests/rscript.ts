import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs Rscript from the repository root without blocking, so that several can run at once. */
export function rscript(...args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn('Rscript', args, { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}
