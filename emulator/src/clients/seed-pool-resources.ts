import { assetBucket, cloudFrontName, versionAt } from '../domains/domain-store.ts';
import { attributeMapping } from '../identity-providers/provider-store.ts';
import type { ProviderType } from '../identity-providers/provider-types.ts';
import { writableDetails } from '../identity-providers/provider-types.ts';
import type { UserPoolRecord } from '../store/types.ts';
import { addUserToGroup, createGroup } from '../users/groups.ts';
import { newClientId, newClientSecret } from '../users/ids.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { buildClientRecord, type ClientSettingsInput } from './client-record.ts';

export interface SeedResourcesOptions {
  /** Epoch milliseconds. */
  now: number;
  region: string;
  accountId: string;
  /** Prefix domain for the pool: unique in the Region, without aws/amazon/cognito. */
  domainPrefix: string;
  /** Prefix of the demo names (groups, clients, resource server identifier). */
  appName?: string;
}

const SAML_METADATA = `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com/saml">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/saml/logout"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/saml/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;

const PROVIDERS: {
  name: string;
  type: ProviderType;
  details: Record<string, string>;
  mapping: Record<string, string>;
  identifiers?: string[];
}[] = [
  {
    name: 'CorpSAML',
    type: 'SAML',
    details: { MetadataFile: SAML_METADATA, IDPSignout: 'true' },
    mapping: { email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' },
    identifiers: ['example.com'],
  },
  {
    name: 'PartnerOIDC',
    type: 'OIDC',
    details: {
      client_id: 'partner-client',
      client_secret: 'partner-secret',
      authorize_scopes: 'openid email profile',
      attributes_request_method: 'GET',
      oidc_issuer: 'https://login.partner.example',
    },
    mapping: { email: 'email', name: 'name' },
    identifiers: ['partner.example'],
  },
  {
    name: 'Google',
    type: 'Google',
    details: {
      client_id: 'demo.apps.googleusercontent.com',
      client_secret: 'demo-google-secret',
      authorize_scopes: 'profile email openid',
    },
    mapping: { email: 'email', given_name: 'given_name', family_name: 'family_name' },
  },
  {
    name: 'Facebook',
    type: 'Facebook',
    details: {
      client_id: '1234567890',
      client_secret: 'demo-facebook-secret',
      authorize_scopes: 'public_profile,email',
      api_version: 'v17.0',
    },
    mapping: { email: 'email' },
  },
  {
    name: 'LoginWithAmazon',
    type: 'LoginWithAmazon',
    details: {
      client_id: 'amzn1.application-oa2-client.demo',
      client_secret: 'demo-amazon-secret',
      authorize_scopes: 'profile',
    },
    mapping: { email: 'email' },
  },
  {
    name: 'SignInWithApple',
    type: 'SignInWithApple',
    details: {
      client_id: 'com.example.demo',
      team_id: 'DEMOTEAM01',
      key_id: 'DEMOKEY001',
      private_key: '-----BEGIN PRIVATE KEY-----\nZGVtby1vbmx5\n-----END PRIVATE KEY-----',
      authorize_scopes: 'email name',
    },
    mapping: { email: 'email' },
  },
];

/**
 * Demo groups (with some of the pool's users), app clients, a resource server, one identity
 * provider of each type and a prefix domain, built with the same checks as the API.
 */
export function seedPoolResources(record: UserPoolRecord, options: SeedResourcesOptions): void {
  const app = options.appName ?? 'demo';
  const now = epochSeconds(options.now);

  const groups = [
    {
      GroupName: 'admins',
      Description: 'Full access',
      Precedence: 0,
      RoleArn: `arn:aws:iam::${options.accountId}:role/${app}-admins`,
    },
    { GroupName: 'editors', Description: 'Can edit content', Precedence: 5 },
    { GroupName: 'readers', Description: 'Read-only access', Precedence: 10 },
    { GroupName: 'beta-testers', Description: 'Early access to new features' },
  ];
  for (const group of groups) createGroup(record, group, options.now);
  const usernames = [...record.users.keys()].sort();
  usernames.slice(0, 2).forEach((u) => addUserToGroup(record, u, 'admins'));
  usernames.slice(2, 8).forEach((u) => addUserToGroup(record, u, 'editors'));
  usernames.slice(0, 20).forEach((u) => addUserToGroup(record, u, 'readers'));
  usernames.slice(20, 25).forEach((u) => addUserToGroup(record, u, 'beta-testers'));

  const identifier = `https://api.${app}.example.com`;
  record.resourceServers.set(identifier, {
    Identifier: identifier,
    Name: `${app} API`,
    Scopes: [
      { ScopeName: 'orders.read', ScopeDescription: 'Read orders' },
      { ScopeName: 'orders.write', ScopeDescription: 'Create and change orders' },
      { ScopeName: 'admin', ScopeDescription: 'Administer the API' },
    ],
  });

  for (const p of PROVIDERS) {
    record.identityProviders.set(p.name, {
      ProviderName: p.name,
      ProviderType: p.type,
      ProviderDetails: writableDetails(p.type, p.details),
      AttributeMapping: attributeMapping(record, p.type, p.mapping),
      IdpIdentifiers: p.identifiers ?? [],
      CreationDate: now,
      LastModifiedDate: now,
    });
  }

  const clients: (ClientSettingsInput & { ClientName: string; secret?: boolean })[] = [
    { ClientName: `${app}-web`, PreventUserExistenceErrors: 'ENABLED' },
    {
      ClientName: `${app}-backend`,
      secret: true,
      ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    },
    {
      ClientName: `${app}-hosted-ui`,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile', `${identifier}/orders.read`],
      CallbackURLs: ['https://app.example.com/callback', 'http://localhost:3000/callback'],
      LogoutURLs: ['https://app.example.com/signed-out'],
      DefaultRedirectURI: 'https://app.example.com/callback',
      SupportedIdentityProviders: ['COGNITO', 'Google', 'CorpSAML'],
      AccessTokenValidity: 30,
      IdTokenValidity: 30,
      RefreshTokenValidity: 7,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
    },
    {
      ClientName: `${app}-machine`,
      secret: true,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthScopes: [`${identifier}/orders.read`, `${identifier}/orders.write`],
    },
  ];
  for (const { secret, ...input } of clients) {
    const client = buildClientRecord(
      record,
      input,
      {
        ClientId: newClientId(),
        ClientName: input.ClientName,
        ClientSecret: secret ? newClientSecret() : undefined,
        CreationDate: now,
      },
      now,
      'creating',
    );
    record.clients.set(client.ClientId, client);
  }

  record.domains.set(options.domainPrefix, {
    Domain: options.domainPrefix,
    CloudFrontDistribution: cloudFrontName(),
    S3Bucket: assetBucket(options.region),
    Version: versionAt(options.now),
    ManagedLoginVersion: 1,
  });
  record.pool = { ...record.pool, Domain: options.domainPrefix };
}
