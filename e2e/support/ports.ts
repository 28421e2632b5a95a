export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 4339);
export const E2E_EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 9339);
export const E2E_APP_URL = `http://127.0.0.1:${E2E_APP_PORT}`;
export const E2E_EMULATOR_URL = `http://127.0.0.1:${E2E_EMULATOR_PORT}`;
