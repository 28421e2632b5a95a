import { E2E_EMULATOR_URL } from './ports.ts';

/** Puts the emulator back to the demo seed, so every journey starts from the same data. */
export async function resetEmulator(): Promise<void> {
  const res = await fetch(`${E2E_EMULATOR_URL}/_emulator/reset`, { method: 'POST' });
  if (!res.ok) throw new Error(`emulator reset failed: ${res.status}`);
}
