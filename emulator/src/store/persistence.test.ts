import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  CreateGroupCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../server.ts';
import { SEEDED } from '../seed/seeded.ts';
import { adminClient, awsError } from '../users/test-emulator.ts';
import { runEmulatorExpectingExit } from './child-emulator.ts';
import { allRecords } from './records.ts';
import { StateError } from './state-error.ts';
import { Store } from './store.ts';
import { poolRecordOf, type EmulatorState } from './types.ts';
import { QUOTAS_OFF } from '../traffic/quotas.ts';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'emulator-store-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const POOL = 'us-east-1_Persist01';
const SECRET_KEY_PART = 'very-private-key-material';

/** A store in `dir` holding one pool (with a recognisable private key) and one user. */
async function storeWithAUser(dir: string): Promise<Store> {
  const store = await Store.open(dir);
  store.state.userPools.set(
    POOL,
    poolRecordOf({
      pool: { Id: POOL, Name: 'persist', Arn: `arn:aws:cognito-idp:us-east-1:1:userpool/${POOL}` },
      signingKey: { kid: 'k1', privateJwk: { d: SECRET_KEY_PART }, publicJwk: { n: 'n' } },
      samlEncryptionCertificate: 'cert',
    }),
  );
  store.touch('pool', POOL);
  store.state.userPools.get(POOL)!.users.set('__proto__', {
    Username: '__proto__',
    Attributes: [{ Name: 'sub', Value: 's-1' }],
    UserCreateDate: 1,
    UserLastModifiedDate: 1,
    Enabled: true,
    UserStatus: 'CONFIRMED',
    groups: [],
  });
  store.touch('users', POOL, '__proto__');
  await store.commit();
  return store;
}

const recordsOf = (state: EmulatorState) =>
  [...allRecords(state)].map(([key, value]) => JSON.stringify([key, value])).sort();

async function refusal(dir: string): Promise<StateError> {
  const error = await Store.open(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StateError);
  return error as StateError;
}

function expectOneLineNamingFile(message: string, file: string) {
  expect(message).not.toContain('\n');
  expect(message).toContain(file);
  expect(message).not.toContain(SECRET_KEY_PART);
}

describe('the state on disk', () => {
  it('comes back as it was, records named __proto__ included, after compaction too', async () => {
    const dir = await tempDir();
    const store = await storeWithAUser(dir);
    const before = recordsOf(store.state);
    await store.close();
    const reopened = await Store.open(dir);
    expect(recordsOf(reopened.state)).toEqual(before);
    expect(reopened.isNew).toBe(false);
    expect(reopened.state.userPools.get(POOL)!.users.get('__proto__')?.Username).toBe('__proto__');
    await reopened.compact();
    await reopened.close();
    expect((await readdir(dir)).sort()).toEqual(['journal-00000002.ndjson', 'snapshot.ndjson']);
    const compacted = await Store.open(dir);
    expect(recordsOf(compacted.state)).toEqual(before);
    await compacted.close();
  });

  it('is created owner-only, and temp files a crash left are removed at start', async () => {
    const dir = join(await tempDir(), 'data');
    const store = await storeWithAUser(dir);
    await store.compact();
    await store.close();
    await writeFile(join(dir, 'snapshot.ndjson.9.tmp'), 'partial');
    await writeFile(join(dir, 'state.json.1234.tmp'), 'partial');
    const reopened = await Store.open(dir);
    await reopened.close();
    const names = await readdir(dir);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    for (const name of names) expect((await stat(join(dir, name))).mode & 0o777).toBe(0o600);
  });

  it('drops a torn last journal line (a write never acknowledged) and keeps the rest', async () => {
    const dir = await tempDir();
    const store = await storeWithAUser(dir);
    const before = recordsOf(store.state);
    await store.close();
    const journal = join(dir, 'journal-00000001.ndjson');
    await writeFile(journal, '{"k":["users","us-east-1_Persist01","half"],"v":{"Usern', {
      flag: 'a',
    });
    const reopened = await Store.open(dir);
    expect(recordsOf(reopened.state)).toEqual(before);
    await reopened.close();
    expect((await readFile(journal, 'utf8')).endsWith('\n')).toBe(true);
  });

  it('refuses a corrupt or wrong-shaped state with one line naming the file, and leaves it', async () => {
    const cases: [file: string, content: (valid: string) => string][] = [
      ['snapshot.ndjson', (valid) => valid.slice(0, Math.floor(valid.length / 2))],
      ['snapshot.ndjson', () => '{"userPools":null}\n'],
      ['snapshot.ndjson', () => '[]\n'],
      ['snapshot.ndjson', () => ''],
      ['state.json', () => '{"userPools":null}'],
      ['state.json', () => '[]'],
      ['state.json', () => '{"version":1,"userPools":{"us-east-1_X":{"pool":'],
      ['journal-00000002.ndjson', () => '{"k":["users","p","u"],"v":{}}\n{"reset":true}\n'],
      ['journal-00000002.ndjson', () => 'not json\n{"reset":true}\n'],
    ];
    for (const [file, content] of cases) {
      const dir = await tempDir();
      let valid = '';
      if (file !== 'state.json') {
        const store = await storeWithAUser(dir);
        await store.compact();
        await store.close();
        valid = await readFile(join(dir, 'snapshot.ndjson'), 'utf8');
      }
      const text = content(valid);
      await writeFile(join(dir, file), text);
      const error = await refusal(dir);
      expectOneLineNamingFile(error.message, join(dir, file));
      expect(await readFile(join(dir, file), 'utf8')).toBe(text);
    }
  });

  it('stops `npm run emulator` with that one line, without seeding over the file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'state.json'), '[]');
    const { code, stderr, stdout } = await runEmulatorExpectingExit(dir);
    expect(code).toBe(1);
    expect(stdout).not.toContain('listening');
    const lines = stderr.split('\n').filter((line) => line.startsWith('Refusing'));
    expect(lines).toHaveLength(1);
    expectOneLineNamingFile(lines[0]!, join(dir, 'state.json'));
    expect(await readdir(dir)).toEqual(['state.json']);
    expect(await readFile(join(dir, 'state.json'), 'utf8')).toBe('[]');
  }, 60_000);

  it('imports the single-file state of earlier versions, extras as typed fields', async () => {
    const dir = await tempDir();
    const user = {
      Username: 'ann',
      Attributes: [{ Name: 'sub', Value: 's' }],
      UserCreateDate: 1,
      UserLastModifiedDate: 1,
      Enabled: true,
      UserStatus: 'CONFIRMED',
      groups: ['g'],
      extra: {
        devices: [],
        mfaOptions: [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }],
      },
    };
    await writeFile(
      join(dir, 'state.json'),
      JSON.stringify({
        version: 1,
        userPools: {
          [POOL]: {
            pool: { Id: POOL, Name: 'old', Arn: 'arn' },
            clients: {},
            users: { ann: user },
            groups: { g: { GroupName: 'g', CreationDate: 1, LastModifiedDate: 1 } },
            signingKey: { kid: 'k', privateJwk: {}, publicJwk: {} },
            extra: {
              mfaConfig: { SoftwareTokenMfaConfiguration: { Enabled: true } },
              resourceServers: { api: { Identifier: 'api', Name: 'API', Scopes: [] } },
            },
          },
        },
        identities: {},
        credentials: {},
        refreshTokens: {},
      }),
    );
    const store = await Store.open(dir);
    const pool = store.state.userPools.get(POOL)!;
    expect(pool.users.get('ann')?.mfaOptions).toEqual([
      { DeliveryMedium: 'SMS', AttributeName: 'phone_number' },
    ]);
    expect(pool.users.get('ann')).not.toHaveProperty('extra');
    expect(pool.mfaConfig).toEqual({ SoftwareTokenMfaConfiguration: { Enabled: true } });
    expect(pool.resourceServers.get('api')?.Name).toBe('API');
    expect(store.isNew).toBe(false);
    await store.close();
    const again = await Store.open(dir);
    expect(again.state.userPools.get(POOL)?.groups.get('g')?.GroupName).toBe('g');
    await again.close();
  });
});

describe('a data folder that becomes unwritable', () => {
  it('answers InternalErrorException, never success, keeps serving, and recovers', async () => {
    const dir = join(await tempDir(), 'data');
    const emulator = await startEmulator({
      dataDir: dir,
      config: { seedCustomerUsers: 5, quotas: QUOTAS_OFF },
    });
    const client = adminClient(emulator.url);
    const pool = SEEDED.staffPool.id;
    await client.send(
      new AdminCreateUserCommand({
        UserPoolId: pool,
        Username: 'before',
        MessageAction: 'SUPPRESS',
      }),
    );

    await rm(dir, { recursive: true });
    await writeFile(dir, 'not a folder');
    const refused = await awsError(
      client.send(
        new AdminCreateUserCommand({
          UserPoolId: pool,
          Username: 'during',
          MessageAction: 'SUPPRESS',
        }),
      ),
    );
    expect(refused).toMatchObject({ name: 'InternalErrorException', status: 500 });
    expect(
      await awsError(client.send(new CreateGroupCommand({ UserPoolId: pool, GroupName: 'g1' }))),
    ).toMatchObject({ status: 500 });
    const read = await client.send(
      new AdminGetUserCommand({ UserPoolId: pool, Username: 'before' }),
    );
    expect(read.Username).toBe('before');

    await rm(dir);
    await mkdir(dir, { mode: 0o700 });
    await client.send(
      new AdminCreateUserCommand({
        UserPoolId: pool,
        Username: 'after',
        MessageAction: 'SUPPRESS',
      }),
    );
    await emulator.close();

    const reopened = await Store.open(dir);
    const users = reopened.state.userPools.get(pool)!.users;
    expect(users.has('before')).toBe(true);
    expect(users.has('after')).toBe(true);
    await reopened.close();
  }, 60_000);
});
