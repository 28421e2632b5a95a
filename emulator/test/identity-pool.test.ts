import {
  CognitoIdentityClient,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
} from '@aws-sdk/client-cognito-identity';
import {
  CreateUserPoolCommand,
  ListUserPoolsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, inject, it } from 'vitest';
import { DEMO } from '../src/config.ts';
import { expectAwsError } from './support/expect-error.ts';
import { answerNewPassword, srpSignIn } from './support/sign-in.ts';
import { idpClient, uniqueName } from './support/targets.ts';

const url = inject('emulatorUrl');
const loginKey = `cognito-idp.${DEMO.region}.amazonaws.com/${DEMO.adminPoolId}`;
const identity = new CognitoIdentityClient({
  region: DEMO.region,
  endpoint: url,
  maxAttempts: 1,
  credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' },
});

async function supportIdToken(): Promise<string> {
  const outcome = await srpSignIn(url, DEMO.supportEmail, DEMO.supportTemporaryPassword);
  const answered = await answerNewPassword(url, outcome, 'Identity-Support-Pass-1!');
  return answered.AuthenticationResult!.IdToken!;
}

describe('identity pool: ID token in, role-scoped temporary credentials out', () => {
  it('gives the support agent credentials that can read pools but not create one', async () => {
    const idToken = await supportIdToken();
    const Logins = { [loginKey]: idToken };
    const { IdentityId } = await identity.send(
      new GetIdCommand({ IdentityPoolId: DEMO.identityPoolId, Logins }),
    );
    expect(IdentityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
    const { Credentials } = await identity.send(
      new GetCredentialsForIdentityCommand({ IdentityId, Logins }),
    );
    expect(Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/);
    expect(Credentials!.Expiration!.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);

    const client = idpClient(url, {
      accessKeyId: Credentials!.AccessKeyId!,
      secretAccessKey: Credentials!.SecretKey!,
      sessionToken: Credentials!.SessionToken!,
    });
    const { UserPools } = await client.send(new ListUserPoolsCommand({ MaxResults: 10 }));
    expect(UserPools!.length).toBeGreaterThan(0);
    await expectAwsError(
      () => client.send(new CreateUserPoolCommand({ PoolName: uniqueName('nope') })),
      'AccessDeniedException',
    );
  });

  it('refuses a forged ID token', async () => {
    await expectAwsError(
      () =>
        identity.send(
          new GetIdCommand({
            IdentityPoolId: DEMO.identityPoolId,
            Logins: { [loginKey]: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln' },
          }),
        ),
      'NotAuthorizedException',
    );
  });

  it('answers ResourceNotFoundException for an unknown identity pool', async () => {
    await expectAwsError(
      () =>
        identity.send(
          new GetIdCommand({ IdentityPoolId: 'us-east-1:00000000-0000-0000-0000-000000000000' }),
        ),
      'ResourceNotFoundException',
    );
  });
});
