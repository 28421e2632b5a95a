import { request } from 'node:http';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultConfig } from '../src/config.ts';
import { signedRequest } from '../src/iam/sign-for-test.ts';
import { COGNITO_IDP } from '../src/protocol/model.generated.ts';
import { modelOperations } from '../src/protocol/validate.ts';
import { ALL_FLOWS, MFA_PASSWORD, mfaPool, mfaUser } from './support/mfa.ts';
import { emulatorTarget } from './support/targets.ts';

/**
 * Operations of the model that belong to Cognito features the emulator leaves to AWS: threat
 * protection (risk configuration, auth events), resource tags, the SAML signing certificate, and
 * the families added since 2024 (managed login branding, terms, passkeys, client secret rotation,
 * log delivery, refresh token rotation, choice-based sign-in factors). Everything else is the
 * user-pools API the emulator answers in full.
 */
const LEFT_TO_AWS = new Set([
  'AddUserPoolClientSecret',
  'DeleteUserPoolClientSecret',
  'ListUserPoolClientSecrets',
  'AdminListUserAuthEvents',
  'AdminUpdateAuthEventFeedback',
  'UpdateAuthEventFeedback',
  'DescribeRiskConfiguration',
  'SetRiskConfiguration',
  'CompleteWebAuthnRegistration',
  'DeleteWebAuthnCredential',
  'ListWebAuthnCredentials',
  'StartWebAuthnRegistration',
  'CreateManagedLoginBranding',
  'DeleteManagedLoginBranding',
  'DescribeManagedLoginBranding',
  'DescribeManagedLoginBrandingByClient',
  'UpdateManagedLoginBranding',
  'CreateTerms',
  'DeleteTerms',
  'DescribeTerms',
  'ListTerms',
  'UpdateTerms',
  'GetLogDeliveryConfiguration',
  'SetLogDeliveryConfiguration',
  'GetSigningCertificate',
  'GetTokensFromRefreshToken',
  'GetUserAuthFactors',
  'ListTagsForResource',
  'TagResource',
  'UntagResource',
]);
/** Choice-based sign-in (USER_AUTH) and its challenges, left to AWS with the operations above. */
const CHOICE_BASED = new Set([
  'USER_AUTH',
  'SELECT_CHALLENGE',
  'PASSWORD',
  'PASSWORD_SRP',
  'EMAIL_OTP',
  'SMS_OTP',
  'WEB_AUTHN',
]);

const url = inject('emulatorUrl');
const adminKey = defaultConfig().staticCredentials.find((c) => c.role === 'admin')!;

/** Calls a cognito-idp operation signed with the admin key; returns the HTTP status and __type. */
async function call(operation: string, input: object) {
  const body = JSON.stringify(input);
  const signed = await signedRequest(body, {
    accessKeyId: adminKey.accessKeyId,
    secretAccessKey: adminKey.secretAccessKey,
    host: new URL(url).host,
    operation,
  });
  return new Promise<{ status: number; type?: string }>((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: signed.headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        const parsed = JSON.parse(text || '{}') as { __type?: string };
        resolve({ status: res.statusCode!, type: parsed.__type });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const enumOf = (shape: string) => {
  const def = COGNITO_IDP.shapes[shape];
  return def?.type === 'string' ? (def.enum ?? []) : [];
};

describe('the emulator answers every operation of the user-pools API (emulator)', () => {
  const operations = modelOperations('cognito-idp').filter((op) => !LEFT_TO_AWS.has(op));

  it('the operations left to AWS are all operations of the model', () => {
    const model = new Set(modelOperations('cognito-idp'));
    expect([...LEFT_TO_AWS].filter((op) => !model.has(op))).toEqual([]);
    expect(operations.length).toBeGreaterThan(80);
  });

  it.each(operations)('%s does not answer NotImplementedException', async (operation) => {
    const answer = await call(operation, {});
    expect(answer.type).not.toBe('NotImplementedException');
    expect(answer.status).not.toBe(501);
  });

  describe('every sign-in flow and challenge', () => {
    let poolId = '';
    let clientId = '';
    beforeAll(async () => {
      const admin = emulatorTarget().admin();
      ({ poolId, clientId } = await mfaPool(admin, 'OPTIONAL', { totp: true }, [
        ...ALL_FLOWS,
        'ALLOW_CUSTOM_AUTH',
      ]));
      await mfaUser(admin, poolId, 'flow-user');
    });
    const parameters = {
      USERNAME: 'flow-user',
      PASSWORD: MFA_PASSWORD,
      SRP_A: 'ab'.repeat(32),
      REFRESH_TOKEN: 'not-a-refresh-token',
    };
    const flows = enumOf('AuthFlowType').filter((flow) => !CHOICE_BASED.has(flow));
    const challenges = enumOf('ChallengeNameType').filter((name) => !CHOICE_BASED.has(name));

    it.each(flows)('InitiateAuth and AdminInitiateAuth answer %s', async (AuthFlow) => {
      for (const [operation, input] of [
        ['InitiateAuth', { ClientId: clientId, AuthFlow, AuthParameters: parameters }],
        [
          'AdminInitiateAuth',
          { UserPoolId: poolId, ClientId: clientId, AuthFlow, AuthParameters: parameters },
        ],
      ] as const) {
        const answer = await call(operation, input);
        expect(answer.type, operation).not.toBe('NotImplementedException');
      }
    });

    it.each(challenges)('RespondToAuthChallenge and the admin call answer %s', async (name) => {
      const responses = { USERNAME: 'flow-user' };
      const session = 'x'.repeat(40);
      for (const [operation, input] of [
        [
          'RespondToAuthChallenge',
          {
            ClientId: clientId,
            ChallengeName: name,
            Session: session,
            ChallengeResponses: responses,
          },
        ],
        [
          'AdminRespondToAuthChallenge',
          {
            UserPoolId: poolId,
            ClientId: clientId,
            ChallengeName: name,
            Session: session,
            ChallengeResponses: responses,
          },
        ],
      ] as const) {
        const answer = await call(operation, input);
        expect(answer.type, operation).not.toBe('NotImplementedException');
      }
    });
  });
});
