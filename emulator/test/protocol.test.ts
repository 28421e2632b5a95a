import {
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  GetLogDeliveryConfigurationCommand,
  ListUserPoolsCommand,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { connect } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { startEmulator } from '../src/server.ts';
import { expectAwsError } from './support/expect-error.ts';
import { emulatorSupportClient, emulatorTarget, idpClient, uniqueName } from './support/targets.ts';
import { QUOTAS_OFF } from '../src/traffic/quotas.ts';

const url = inject('emulatorUrl');
const admin = emulatorTarget().admin();

describe('the emulator speaks AWS JSON 1.1 as AWS does', () => {
  it('refuses an unsigned call to an IAM-authorized operation', async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': 'AWSCognitoIdentityProviderService.ListUserPools',
      },
      body: JSON.stringify({ MaxResults: 10 }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-amzn-errortype')).toMatch(/^MissingAuthenticationTokenException/);
    expect(res.headers.get('x-amzn-requestid')).toMatch(/[0-9a-f-]{36}/);
    expect(await res.json()).toEqual({
      __type: 'MissingAuthenticationTokenException',
      message: 'Missing Authentication Token',
    });
  });

  it('refuses a request signed with the wrong secret', async () => {
    const client = idpClient(url, {
      accessKeyId: 'AKIAEMULATORADMIN000',
      secretAccessKey: 'not-the-secret-key-00000000000000000000000',
    });
    await expectAwsError(
      () => client.send(new ListUserPoolsCommand({ MaxResults: 10 })),
      'InvalidSignatureException',
    );
  });

  it('refuses an access key it never issued', async () => {
    const client = idpClient(url, {
      accessKeyId: 'AKIAUNKNOWNKEY000000',
      secretAccessKey: 'whatever-secret-key-0000000000000000000000',
    });
    const error = await expectAwsError(
      () => client.send(new ListUserPoolsCommand({ MaxResults: 10 })),
      'UnrecognizedClientException',
    );
    expect(error.message).toBe('The security token included in the request is invalid.');
  });

  it('lets the support role read but not create', async () => {
    const support = emulatorSupportClient();
    const { UserPools } = await support.send(new ListUserPoolsCommand({ MaxResults: 60 }));
    expect(UserPools!.length).toBeGreaterThan(0);
    const error = await expectAwsError(
      () => support.send(new CreateUserPoolCommand({ PoolName: uniqueName('denied') })),
      'AccessDeniedException',
    );
    expect(error.message).toContain('is not authorized to perform: cognito-idp:CreateUserPool');
  });

  it('answers invalid input with the model-generated InvalidParameterException wording', async () => {
    const error = await expectAwsError(
      () => admin.send(new ListUserPoolsCommand({ MaxResults: 0 })),
      'InvalidParameterException',
    );
    expect(error.message).toBe(
      "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });

  it('names an operation it does not implement instead of failing obscurely', async () => {
    const error = await expectAwsError(
      () =>
        admin.send(new GetLogDeliveryConfigurationCommand({ UserPoolId: 'us-east-1_C0nsoleAd' })),
      'NotImplementedException',
    );
    expect(error.message).toContain('GetLogDeliveryConfiguration');
  });

  it('answers the browser preflight for any origin and exposes the request-id header', async () => {
    const res = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://console.example.com',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,x-amz-date,x-amz-target',
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://console.example.com');
    expect(res.headers.get('access-control-allow-headers')).toContain('x-amz-target');
    const post = await fetch(url, {
      method: 'POST',
      headers: { Origin: 'https://console.example.com' },
    });
    expect(post.headers.get('access-control-expose-headers')).toContain('x-amzn-RequestId');
  });

  it('runs only an exact target: a suffix after the operation names no operation', async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': 'AWSCognitoIdentityProviderService.ListUsers.Extra',
      },
      body: JSON.stringify({ UserPoolId: 'us-east-1_C0nsoleAd' }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).__type).toBe('UnknownOperationException');
  });

  it('answers a target too large for its headers with an error, not a reset connection', async () => {
    const { host, port } = new URL(url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), host.split(':')[0]!);
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
      socket.write(
        `POST / HTTP/1.1\r\nHost: ${host}\r\nX-Amz-Target: AWSCognitoIdentityProviderService.${'A'.repeat(100_000)}\r\nContent-Length: 2\r\n\r\n{}`,
      );
    });
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toEqual({
      __type: 'RequestHeaderFieldsTooLarge',
      message: 'Request headers are larger than 16 KB.',
    });
  });

  it("answers a JWKS of an unknown pool with AWS's error shape", async () => {
    const res = await fetch(`${url}/us-east-1_NoSuchPool/.well-known/jwks.json`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      __type: 'ResourceNotFoundException',
      message: 'User pool us-east-1_NoSuchPool does not exist.',
    });
  });

  it('reads a decimal Limit as Coral does: truncated to a whole page size', async () => {
    const res = await admin.send(
      new ListUsersCommand({ UserPoolId: 'us-east-1_C0nsoleAd', Limit: 1.5 }),
    );
    expect(res.Users).toHaveLength(1);
  });

  it('keeps pools across a restart when given a data directory', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'emulator-persist-'));
    try {
      const first = await startEmulator({ dataDir, config: { seed: false, quotas: QUOTAS_OFF } });
      const key = {
        accessKeyId: 'AKIAEMULATORADMIN000',
        secretAccessKey: 'emulator-admin-secret-key-0000000000000000',
      };
      const { UserPool } = await idpClient(first.url, key).send(
        new CreateUserPoolCommand({ PoolName: 'survives-restart' }),
      );
      await first.close();
      const second = await startEmulator({ dataDir, config: { seed: false, quotas: QUOTAS_OFF } });
      const again = await idpClient(second.url, key).send(
        new DescribeUserPoolCommand({ UserPoolId: UserPool!.Id }),
      );
      expect(again.UserPool?.Name).toBe('survives-restart');
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('takes the region from the signature: pools of another region are not listed', async () => {
    const euAdmin = emulatorTarget().admin('eu-west-1');
    const { UserPool } = await euAdmin.send(
      new CreateUserPoolCommand({ PoolName: uniqueName('eu') }),
    );
    expect(UserPool?.Id).toMatch(/^eu-west-1_/);
    const { UserPools } = await admin.send(new ListUserPoolsCommand({ MaxResults: 60 }));
    expect(UserPools!.map((p) => p.Id)).not.toContain(UserPool?.Id);
  });
});
