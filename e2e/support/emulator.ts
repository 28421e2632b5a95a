import { E2E_EMULATOR_URL } from './ports.ts';

/** Puts the emulator back to the demo seed, so every journey starts from the same data. */
export async function resetEmulator(): Promise<void> {
  const res = await fetch(`${E2E_EMULATOR_URL}/_emulator/reset`, { method: 'POST' });
  if (!res.ok) throw new Error(`emulator reset failed: ${res.status}`);
}

/** Injects faults (EMULATOR_FAULTS' syntax, "" for none) into one pool's requests until a reset. */
export async function setPoolFaults(userPoolId: string, faults: string): Promise<void> {
  const res = await fetch(`${E2E_EMULATOR_URL}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ faults, userPoolId }),
  });
  if (!res.ok) throw new Error(`emulator faults failed: ${res.status} ${await res.text()}`);
}

/** Moves the emulator's clock forward until the next reset: codes and sessions expire at once. */
export async function advanceEmulatorClock(seconds: number): Promise<void> {
  const res = await fetch(`${E2E_EMULATOR_URL}/_emulator/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceSeconds: seconds }),
  });
  if (!res.ok) throw new Error(`emulator clock failed: ${res.status} ${await res.text()}`);
}
