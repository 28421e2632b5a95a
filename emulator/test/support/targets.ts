import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { inject } from 'vitest';
import { DEMO, defaultConfig } from '../../src/config.ts';

export type TargetName = 'emulator' | 'moto';

export interface Target {
  name: TargetName;
  url: string;
  /** A client signed with credentials the target accepts for the admin role. */
  admin(region?: string): CognitoIdentityProviderClient;
}

const [adminKey, supportKey] = defaultConfig().staticCredentials;

export function idpClient(
  url: string,
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string },
  region: string = DEMO.region,
) {
  return new CognitoIdentityProviderClient({ region, endpoint: url, credentials, maxAttempts: 1 });
}

export const emulatorTarget = (): Target => {
  const url = inject('emulatorUrl');
  return {
    name: 'emulator',
    url,
    admin: (region) =>
      idpClient(
        url,
        { accessKeyId: adminKey!.accessKeyId, secretAccessKey: adminKey!.secretAccessKey },
        region,
      ),
  };
};

/** A client with the emulator's static support-role key. */
export const emulatorSupportClient = (region?: string) =>
  idpClient(
    inject('emulatorUrl'),
    { accessKeyId: supportKey!.accessKeyId, secretAccessKey: supportKey!.secretAccessKey },
    region,
  );

/** Every target the contract tests run against: the emulator, and moto_server when installed. */
export function targets(): Target[] {
  const list = [emulatorTarget()];
  const motoUrl = inject('motoUrl');
  if (motoUrl) {
    list.push({
      name: 'moto',
      url: motoUrl,
      admin: (region) =>
        idpClient(motoUrl, { accessKeyId: 'testing', secretAccessKey: 'testing' }, region),
    });
  }
  return list;
}

let counter = 0;
/** A name no other test uses, so tests can run side by side against shared servers. */
export const uniqueName = (prefix: string) =>
  `${prefix}-${process.pid}-${Date.now().toString(36)}-${(counter++).toString(36)}`;
