import { createHash, randomBytes } from 'node:crypto';
import {
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  type RespondToAuthChallengeCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSrpClient, padHex } from '../../../src/lib/srp/srp.ts';
import { publicClient } from './sign-in.ts';

/**
 * The client side of device SRP, as amazon-cognito-identity-js does it: AuthenticationHelper's
 * generateHashDevice makes the device's secret and verifier for ConfirmDevice, and
 * CognitoUser.getDeviceResponse answers DEVICE_SRP_AUTH / DEVICE_PASSWORD_VERIFIER with the device
 * group key as the SRP "pool name" and the device key as the user.
 */

// RFC 5054 3072-bit group, g = 2 (the group Cognito uses for user and device SRP alike).
const N = BigInt(
  '0xFFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export interface Device {
  DeviceKey: string;
  DeviceGroupKey: string;
  /** The random password only the device knows. */
  password: string;
}

/** A device's random password and what ConfirmDevice registers for it (base64, as the SDKs send). */
export function newDeviceSecret(DeviceKey: string, DeviceGroupKey: string) {
  const password = randomBytes(40).toString('base64');
  const hashed = sha256Hex(`${DeviceGroupKey}${DeviceKey}:${password}`);
  const salt = padHex(BigInt(`0x${randomBytes(16).toString('hex')}`));
  const x = BigInt(`0x${sha256Hex(Buffer.from(salt + hashed, 'hex'))}`);
  const verifier = padHex(modPow(2n, x, N));
  return {
    device: { DeviceKey, DeviceGroupKey, password } satisfies Device,
    DeviceSecretVerifierConfig: {
      Salt: Buffer.from(salt, 'hex').toString('base64'),
      PasswordVerifier: Buffer.from(verifier, 'hex').toString('base64'),
    },
  };
}

export interface DeviceSignIn {
  /** Challenge names in the order the pool sent them. */
  challenges: string[];
  last: RespondToAuthChallengeCommandOutput;
}

/**
 * USER_SRP_AUTH, PASSWORD_VERIFIER with the device's key when there is one, then the device's
 * DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER when the pool asks for them.
 */
export async function srpSignInOnDevice(
  url: string,
  pool: { poolId: string; clientId: string },
  username: string,
  password: string,
  device?: Device,
): Promise<DeviceSignIn> {
  const client = publicClient(url);
  const ClientId = pool.clientId;
  const srp = createSrpClient(pool.poolId);
  const started = await client.send(
    new InitiateAuthCommand({
      ClientId,
      AuthFlow: 'USER_SRP_AUTH',
      AuthParameters: {
        USERNAME: username,
        SRP_A: srp.srpA,
        ...(device ? { DEVICE_KEY: device.DeviceKey } : {}),
      },
    }),
  );
  const params = started.ChallengeParameters!;
  let last = await client.send(
    new RespondToAuthChallengeCommand({
      ClientId,
      ChallengeName: 'PASSWORD_VERIFIER',
      ChallengeResponses: {
        USERNAME: params.USERNAME!,
        ...srp.passwordClaim({
          userIdForSrp: params.USER_ID_FOR_SRP!,
          password,
          srpB: params.SRP_B!,
          salt: params.SALT!,
          secretBlock: params.SECRET_BLOCK!,
        }),
        ...(device ? { DEVICE_KEY: device.DeviceKey } : {}),
      },
    }),
  );
  const challenges = ['PASSWORD_VERIFIER'];
  if (last.ChallengeName === 'DEVICE_SRP_AUTH' && device) {
    challenges.push('DEVICE_SRP_AUTH');
    last = await answerDeviceChallenges(url, ClientId, username, device, last.Session);
    challenges.push('DEVICE_PASSWORD_VERIFIER');
  } else if (last.ChallengeName) {
    challenges.push(last.ChallengeName);
  }
  return { challenges, last };
}

/** CognitoUser.getDeviceResponse: DEVICE_SRP_AUTH with SRP_A, then the device's password claim. */
export async function answerDeviceChallenges(
  url: string,
  ClientId: string,
  username: string,
  device: Device,
  Session: string | undefined,
) {
  const client = publicClient(url);
  const srp = createSrpClient(device.DeviceGroupKey);
  const asked = await client.send(
    new RespondToAuthChallengeCommand({
      ClientId,
      ChallengeName: 'DEVICE_SRP_AUTH',
      Session,
      ChallengeResponses: { USERNAME: username, DEVICE_KEY: device.DeviceKey, SRP_A: srp.srpA },
    }),
  );
  const params = asked.ChallengeParameters!;
  if (asked.ChallengeName !== 'DEVICE_PASSWORD_VERIFIER') {
    throw new Error(`expected DEVICE_PASSWORD_VERIFIER, got ${asked.ChallengeName}`);
  }
  return client.send(
    new RespondToAuthChallengeCommand({
      ClientId,
      ChallengeName: 'DEVICE_PASSWORD_VERIFIER',
      Session: asked.Session,
      ChallengeResponses: {
        USERNAME: username,
        DEVICE_KEY: device.DeviceKey,
        ...srp.passwordClaim({
          userIdForSrp: device.DeviceKey,
          password: device.password,
          srpB: params.SRP_B!,
          salt: params.SALT!,
          secretBlock: params.SECRET_BLOCK!,
        }),
      },
    }),
  );
}
