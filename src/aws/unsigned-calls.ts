import type {
  GetCredentialsForIdentityInput,
  GetIdInput,
  GetIdResponse,
} from '@aws-sdk/client-cognito-identity';
import type {
  AssociateSoftwareTokenRequest,
  AssociateSoftwareTokenResponse,
  InitiateAuthRequest,
  InitiateAuthResponse,
  RespondToAuthChallengeRequest,
  RespondToAuthChallengeResponse,
  RevokeTokenRequest,
  VerifySoftwareTokenRequest,
  VerifySoftwareTokenResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { callAwsJson } from './aws-json';
import { identityEndpoint, idpEndpoint } from './config';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './request-options';
import { getRuntimeConfig } from './runtime-config';

/**
 * The Cognito operations the console calls without AWS credentials, over plain fetch (types only
 * from the SDK, so none of its code loads with the sign-in page).
 */

/** GetCredentialsForIdentity on the wire: `Expiration` is epoch seconds, as AWS JSON sends timestamps. */
export interface IdentityCredentialsResponse {
  IdentityId?: string;
  Credentials?: {
    AccessKeyId?: string;
    SecretKey?: string;
    SessionToken?: string;
    Expiration?: number;
  };
}

function call<Output>(
  endpoint: string,
  target: string,
  input: object,
  signal?: AbortSignal,
): Promise<Output> {
  const config = getRuntimeConfig();
  return callAwsJson<Output>({
    endpoint,
    target,
    input,
    signal,
    // As every SDK client of the console (request-options.ts).
    timeoutMs: config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    maxAttempts: 3,
  });
}

const idp = <Output>(operation: string, input: object, signal?: AbortSignal) => {
  const config = getRuntimeConfig();
  return call<Output>(
    idpEndpoint(config, config.region),
    `AWSCognitoIdentityProviderService.${operation}`,
    input,
    signal,
  );
};

const identity = <Output>(operation: string, input: object) =>
  call<Output>(
    identityEndpoint(getRuntimeConfig()),
    `AWSCognitoIdentityService.${operation}`,
    input,
  );

export const initiateAuth = (input: InitiateAuthRequest) =>
  idp<InitiateAuthResponse>('InitiateAuth', input);

export const respondToAuthChallenge = (input: RespondToAuthChallengeRequest) =>
  idp<RespondToAuthChallengeResponse>('RespondToAuthChallenge', input);

/** With a Session (an MFA_SETUP challenge's), not an access token: the operator is not signed in yet. */
export const associateSoftwareToken = (input: AssociateSoftwareTokenRequest) =>
  idp<AssociateSoftwareTokenResponse>('AssociateSoftwareToken', input);

export const verifySoftwareToken = (input: VerifySoftwareTokenRequest) =>
  idp<VerifySoftwareTokenResponse>('VerifySoftwareToken', input);

export const revokeToken = (input: RevokeTokenRequest, signal?: AbortSignal) =>
  idp<object>('RevokeToken', input, signal);

export const getIdentityId = (input: GetIdInput) => identity<GetIdResponse>('GetId', input);

export const getCredentialsForIdentity = (input: GetCredentialsForIdentityInput) =>
  identity<IdentityCredentialsResponse>('GetCredentialsForIdentity', input);
