import { getRuntimeConfig } from './runtime-config';
import { nextStep, oncePerFlight, type MfaChallengeName, type SignInStep } from './sign-in';
import {
  associateSoftwareToken,
  respondToAuthChallenge,
  verifySoftwareToken,
} from './unsigned-calls';

/**
 * The MFA steps of the console's own sign-in, after the password (or a new password): a code from
 * the authenticator app or an SMS, the choice between factors, and setting up an authenticator app
 * when the pool requires MFA and the operator has none. The Session strings and the authenticator's
 * key live only in the sign-in form's state.
 */

export type MfaStep = Extract<SignInStep, { kind: 'mfa' }>;
export type MfaFactor = 'SOFTWARE_TOKEN_MFA' | 'SMS_MFA';

const respond = (
  name: MfaChallengeName,
  session: string,
  username: string,
  responses: Record<string, string>,
) =>
  respondToAuthChallenge({
    ClientId: getRuntimeConfig().clientId,
    ChallengeName: name,
    Session: session,
    ChallengeResponses: { USERNAME: username, ...responses },
  }).then((output) => nextStep(output, username));

const respondWithCode = oncePerFlight(
  (name: MfaChallengeName, session: string, username: string, code: string) =>
    respond(name, session, username, {
      [name === 'SMS_MFA' ? 'SMS_MFA_CODE' : 'SOFTWARE_TOKEN_MFA_CODE']: code,
    }),
);

/** SOFTWARE_TOKEN_MFA or SMS_MFA answered with the code the operator typed. */
export function answerMfaCode(step: MfaStep, code: string): Promise<SignInStep> {
  return respondWithCode(step.name, step.session, step.username, code);
}

const respondWithChoice = oncePerFlight((session: string, username: string, factor: string) =>
  respond('SELECT_MFA_TYPE', session, username, { ANSWER: factor }),
);

/** SELECT_MFA_TYPE: the factor picked; Cognito then asks for its code. */
export function chooseMfaFactor(step: MfaStep, factor: MfaFactor): Promise<SignInStep> {
  return respondWithChoice(step.session, step.username, factor);
}

export interface AuthenticatorKey {
  /** The base32 key the app is set up with. */
  secret: string;
  /** The Session VerifySoftwareToken takes next. */
  session: string;
}

const associate = oncePerFlight(async (session: string): Promise<AuthenticatorKey> => {
  const output = await associateSoftwareToken({ Session: session });
  if (!output.SecretCode || !output.Session) {
    throw new Error('Cognito answered AssociateSoftwareToken without a key.');
  }
  return { secret: output.SecretCode, session: output.Session };
});

/** MFA_SETUP, first half: a new authenticator key for the operator's app. */
export function newAuthenticatorKey(step: MfaStep): Promise<AuthenticatorKey> {
  return associate(step.session);
}

const verifyAndAnswer = oncePerFlight(
  async (session: string, username: string, code: string): Promise<SignInStep> => {
    const verified = await verifySoftwareToken({
      Session: session,
      UserCode: code,
      FriendlyDeviceName: 'Cognito Console',
    });
    if (!verified.Session)
      throw new Error('Cognito answered VerifySoftwareToken without a session.');
    return respond('MFA_SETUP', verified.Session, username, {});
  },
);

/**
 * MFA_SETUP, second half: VerifySoftwareToken checks a code from the app, and the challenge is
 * answered with the Session it returned.
 */
export function verifyAuthenticator(
  step: MfaStep,
  key: AuthenticatorKey,
  code: string,
): Promise<SignInStep> {
  return verifyAndAnswer(key.session, step.username, code);
}
