import { getRuntimeConfig } from './runtime-config';
import { freshIdToken } from './session';
import { getCredentialsForIdentity, getIdentityId } from './unsigned-calls';

/** What the SDK clients sign with (an AwsCredentialIdentity). */
export interface ConsoleCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
  identityId: string;
}

type CredentialProvider = () => Promise<ConsoleCredentials>;

const REFRESH_MARGIN_MS = 5 * 60_000;

function missing(what: string): Error {
  return new Error(`Cognito's identity pool answered without ${what}.`);
}

/**
 * Identity-pool credentials for the signed-in user, shared by the clients of every region (one
 * GetId per sign-in, one GetCredentialsForIdentity per hour instead of one per region). The
 * identity id stays in memory only; each exchange sends a fresh ID token.
 */
export function createConsoleCredentials(): CredentialProvider {
  const config = getRuntimeConfig();
  const provider = `cognito-idp.${config.region}.amazonaws.com/${config.userPoolId}`;
  let identityId: string | undefined;
  let pending: Promise<ConsoleCredentials> | undefined;
  let current: ConsoleCredentials | undefined;

  const logins = async () => ({ [provider]: await freshIdToken() });

  const fetchCredentials = async (): Promise<ConsoleCredentials> => {
    try {
      if (!identityId) {
        const { IdentityId } = await getIdentityId({
          IdentityPoolId: config.identityPoolId,
          Logins: await logins(),
        });
        if (!IdentityId) throw missing('an identity ID');
        identityId = IdentityId;
      }
      const { Credentials } = await getCredentialsForIdentity({
        IdentityId: identityId,
        Logins: await logins(),
      });
      if (!Credentials) throw missing('credentials');
      const { AccessKeyId, SecretKey, SessionToken, Expiration } = Credentials;
      if (!AccessKeyId || !SecretKey) throw missing('an access key');
      current = {
        identityId,
        accessKeyId: AccessKeyId,
        secretAccessKey: SecretKey,
        sessionToken: SessionToken,
        expiration: Expiration === undefined ? undefined : new Date(Expiration * 1000),
      };
      return current;
    } finally {
      pending = undefined;
    }
  };

  return async () => {
    const expiresAt = current?.expiration?.getTime() ?? 0;
    if (current && expiresAt - Date.now() > REFRESH_MARGIN_MS) return current;
    pending ??= fetchCredentials();
    return pending;
  };
}
