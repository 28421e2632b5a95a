import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));
const childEnv = { ...process.env, EMULATOR_PORT: '0', EMULATOR_QUOTAS: 'off' };

export interface ChildEmulator {
  url: string;
  process: ChildProcess;
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<number | string>;
}

/**
 * The emulator as its own process (`npm run emulator`), persisting to `dataDir`, on a free port,
 * without request quotas: the tests and benches that use it measure persistence, not throttling.
 */
export function spawnEmulator(dataDir: string): Promise<ChildEmulator> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI], {
    env: { ...childEnv, EMULATOR_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, process: child, exited });
    });
    let errors = '';
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    void exited.then((code) => reject(new Error(`emulator exited (${code}): ${errors}`)));
  });
}

/** Runs the emulator on `dataDir` until it exits, and returns its exit code and stderr. */
export function runEmulatorExpectingExit(
  dataDir: string,
): Promise<{ code: number | string; stderr: string; stdout: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI], {
    env: { ...childEnv, EMULATOR_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.includes('listening on')) child.kill('SIGKILL');
  });
  return new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve({ code: code ?? signal ?? -1, stderr, stdout })),
  );
}
