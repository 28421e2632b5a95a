export type TokenUse = 'id' | 'access';

/** What each claim Cognito writes into its ID and access tokens means. */
const COGNITO_CLAIMS = new Map<string, string>([
  [
    'sub',
    "The user's unique, immutable identifier in the pool (a UUID); use it, not the username, to key your data.",
  ],
  [
    'cognito:groups',
    'The pool groups the user belongs to, as the token was issued. Group changes show after the next sign-in or refresh.',
  ],
  [
    'cognito:username',
    "The user's username in the pool. In a pool that signs in with email or phone it is a generated ID.",
  ],
  ['username', "The user's username in the pool (the access token's name for cognito:username)."],
  [
    'cognito:roles',
    "The IAM roles of the user's groups that carry one. An identity pool can hand out any of them.",
  ],
  [
    'cognito:preferred_role',
    'The IAM role of the group with the lowest precedence number, which an identity pool picks by default. It is absent when two groups share that precedence.',
  ],
  [
    'scope',
    "The OAuth 2.0 scopes the access token grants, space-separated. aws.cognito.signin.user.admin lets the user call Cognito's own user operations (GetUser, UpdateUserAttributes…).",
  ],
  [
    'auth_time',
    'When the user last authenticated (entered a password or passed SRP). A refresh keeps it, so it tells how old the sign-in is.',
  ],
  [
    'origin_jti',
    'The ID of the sign-in session these tokens come from. Tokens refreshed from the same refresh token keep it, and revoking that refresh token revokes them all.',
  ],
  ['jti', 'The unique ID of this token.'],
  [
    'event_id',
    "The ID of the authentication event that issued the token, as in the pool's user auth events.",
  ],
  [
    'token_use',
    'What the token is for: "id" (who the user is, for your app) or "access" (what the bearer may call).',
  ],
  ['client_id', 'The app client the access token was issued to.'],
  [
    'aud',
    'The audience: the app client the ID token was issued to. Check it matches your client ID.',
  ],
  [
    'iss',
    'The issuer: the user pool that signed the token (https://cognito-idp.<region>.amazonaws.com/<pool id>). Its keys are at <iss>/.well-known/jwks.json.',
  ],
  [
    'exp',
    'When the token expires. It is refused from this instant; the app client sets the lifetime (5 minutes to 1 day, 1 hour by default).',
  ],
  ['iat', 'When the token was issued.'],
  ['nbf', 'The token is not valid before this time.'],
  ['version', "The version of Cognito's access-token format (2 in the tokens it issues today)."],
  ['email', "The user's email address."],
  [
    'email_verified',
    "Whether the user's email address is verified. Only a verified email can receive codes or be used to sign in as an alias.",
  ],
  ['phone_number', "The user's phone number, in E.164 format (+15555550100)."],
  ['phone_number_verified', "Whether the user's phone number is verified."],
  [
    'identities',
    "The external identity providers (SAML, OIDC, social) linked to this user: provider name and type, the user's ID there, and when the link was made.",
  ],
  [
    'device_key',
    'The remembered device the user signed in on (device tracking). Present when the pool tracks devices and this device was confirmed.',
  ],
  [
    'at_hash',
    'A hash of the access token issued with this ID token, so a client can check the two belong together.',
  ],
  ['nonce', 'The nonce the app sent in its authorize request, echoed back to stop replay.'],
  ['amr', 'How the user authenticated (authentication methods reference).'],
]);

/** The standard OpenID Connect attributes a pool can hold; the ID token carries those the client may read. */
const STANDARD_ATTRIBUTES = new Map<string, string>([
  ['name', 'full name'],
  ['given_name', 'given (first) name'],
  ['family_name', 'family (last) name'],
  ['middle_name', 'middle name'],
  ['nickname', 'casual name'],
  [
    'preferred_username',
    'preferred username, which can also be used to sign in when the pool allows it',
  ],
  ['profile', 'profile page URL'],
  ['picture', 'picture URL'],
  ['website', 'web site URL'],
  ['gender', 'gender'],
  ['birthdate', 'birth date (YYYY-MM-DD)'],
  ['zoneinfo', 'time zone'],
  ['locale', 'locale'],
  ['address', 'postal address'],
  ['updated_at', 'time its attributes were last updated'],
]);

const HEADER_PARAMETERS = new Map<string, string>([
  ['kid', "The ID of the pool's key that signed the token; it picks the key from the pool's JWKS."],
  ['alg', 'The signing algorithm. Cognito signs with RS256 (RSA with SHA-256).'],
  ['typ', 'The media type of the token.'],
]);

/** What a claim means in a Cognito token, in a sentence. */
export function explainClaim(name: string, tokenUse?: TokenUse): string {
  if (name === 'aud' && tokenUse === 'access') {
    return 'The audience of the access token: the resource server it is meant for.';
  }
  const known = COGNITO_CLAIMS.get(name);
  if (known) return known;
  const standard = STANDARD_ATTRIBUTES.get(name);
  if (standard) return `The user's ${standard} (a standard attribute of the pool).`;
  if (name.startsWith('custom:')) {
    return `The user's custom attribute ${name.slice('custom:'.length)}, as stored in the pool. ID tokens carry it when the app client may read it.`;
  }
  if (name.startsWith('dev:custom:')) {
    return 'A developer-only custom attribute: readable with admin credentials, never shown to the user.';
  }
  return 'Not a claim Cognito sets itself: a pre token generation trigger may have added it.';
}

/** What a JOSE header parameter means. */
export function explainHeader(name: string): string {
  return HEADER_PARAMETERS.get(name) ?? 'A header parameter Cognito does not set.';
}

/** Claims that hold a NumericDate (seconds since the epoch). */
const TIME_CLAIMS = new Set(['exp', 'iat', 'nbf', 'auth_time', 'updated_at']);

export function isTimeClaim(name: string): boolean {
  return TIME_CLAIMS.has(name);
}
