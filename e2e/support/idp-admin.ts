import {
  AdminListDevicesCommand,
  CognitoIdentityProviderClient,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { E2E_EMULATOR_URL } from './ports.ts';

/** A direct admin client on the emulator (its static test credentials), for test setup only. */
export function emulatorAdminClient(region = 'us-east-1') {
  return new CognitoIdentityProviderClient({
    region,
    endpoint: E2E_EMULATOR_URL,
    credentials: {
      accessKeyId: 'AKIAEMULATORADMIN000',
      secretAccessKey: 'emulator-admin-secret-key-0000000000000000',
    },
  });
}

interface OutboxMessage {
  to?: string;
  [key: string]: unknown;
}

/** Messages the emulator "sent" to an address (email or phone). */
export async function outboxFor(to: string): Promise<OutboxMessage[]> {
  const res = await fetch(`${E2E_EMULATOR_URL}/_emulator/outbox?to=${encodeURIComponent(to)}`);
  if (!res.ok) throw new Error(`outbox read failed: ${res.status}`);
  return ((await res.json()) as { messages: OutboxMessage[] }).messages;
}

/** The first seeded user of a pool with tracked devices, and how many it has. */
export async function findUserWithDevices(poolId: string) {
  const client = emulatorAdminClient();
  const users = await client.send(new ListUsersCommand({ UserPoolId: poolId, Limit: 60 }));
  for (const user of users.Users ?? []) {
    const devices = await client.send(
      new AdminListDevicesCommand({ UserPoolId: poolId, Username: user.Username! }),
    );
    const count = devices.Devices?.length ?? 0;
    if (count > 0) return { username: user.Username!, count };
  }
  throw new Error(`no user with devices among the first 60 of ${poolId}`);
}
