import type { TestProject } from 'vitest/node';
import { FAST_IMPORT_PACE } from '../src/config.ts';
import { startEmulator } from '../src/server.ts';
import { QUOTAS_OFF } from '../src/traffic/quotas.ts';
import { motoAvailable, startMoto } from './support/moto.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    emulatorUrl: string;
    motoUrl: string | null;
  }
}

/**
 * Starts one in-memory emulator (with the demo seed) and, when installed, one moto_server. The
 * contract tests run in parallel against one account, so the shared emulator has its quotas off
 * (quotas.test.ts starts its own) and imports at test speed.
 */
export default async function setup(project: TestProject) {
  const emulator = await startEmulator({
    port: 0,
    config: { seedCustomerUsers: 300, quotas: QUOTAS_OFF, userImport: FAST_IMPORT_PACE },
  });
  project.provide('emulatorUrl', emulator.url);

  let stopMoto: (() => Promise<void>) | undefined;
  if (motoAvailable()) {
    const moto = await startMoto();
    stopMoto = moto.stop;
    project.provide('motoUrl', moto.url);
  } else {
    console.warn(
      '\n\n*** moto_server is NOT installed: the contract tests run against the emulator only. ***\n' +
        '*** Install moto (pip install "moto[server]") to run the second, independent leg. ***\n\n',
    );
    project.provide('motoUrl', null);
  }

  return async () => {
    await stopMoto?.();
    await emulator.close();
  };
}
