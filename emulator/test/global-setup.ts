import type { TestProject } from 'vitest/node';
import { startEmulator } from '../src/server.ts';
import { motoAvailable, startMoto } from './support/moto.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    emulatorUrl: string;
    motoUrl: string | null;
  }
}

/** Starts one in-memory emulator (with the demo seed) and, when installed, one moto_server. */
export default async function setup(project: TestProject) {
  const emulator = await startEmulator({ port: 0, config: { seedCustomerUsers: 300 } });
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
