import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { defaultConfig, FAST_IMPORT_PACE, type EmulatorConfig } from '../config.ts';
import { startEmulator, type RunningEmulator } from '../server.ts';
import { QUOTAS_OFF } from '../traffic/quotas.ts';

/**
 * An in-memory emulator for a test file, with a small demo seed, quotas off and imports at test
 * speed unless told otherwise.
 */
export function startTestEmulator(config: Partial<EmulatorConfig> = {}): Promise<RunningEmulator> {
  return startEmulator({
    port: 0,
    config: { seedCustomerUsers: 40, quotas: QUOTAS_OFF, userImport: FAST_IMPORT_PACE, ...config },
  });
}

const [adminKey] = defaultConfig().staticCredentials;

/** An SDK client signed with the emulator's static admin key. */
export function adminClient(url: string, region = 'us-east-1') {
  return new CognitoIdentityProviderClient({
    region,
    endpoint: url,
    maxAttempts: 1,
    credentials: { accessKeyId: adminKey!.accessKeyId, secretAccessKey: adminKey!.secretAccessKey },
  });
}

/** An unsigned-style client, as the browser uses for InitiateAuth / RespondToAuthChallenge. */
export function publicClient(url: string, region = 'us-east-1') {
  return new CognitoIdentityProviderClient({
    region,
    endpoint: url,
    maxAttempts: 1,
    credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' },
  });
}

/** The AWS error a call throws, as { name, message }; fails the test when it succeeds. */
export async function awsError(
  call: Promise<unknown>,
): Promise<{ name: string; message: string; status?: number }> {
  try {
    await call;
  } catch (error) {
    const e = error as Error & { $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  throw new Error('expected the call to fail');
}
