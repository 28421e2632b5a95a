/**
 * Cognito's request-rate quotas, per account and Region, from the developer guide's "Quotas in
 * Amazon Cognito" (quotas.html: "Amazon Cognito user pools API operation categories and request
 * rate quotas", and the identity pools rates). Pure data.
 */
export type QuotaCategory =
  | 'UserAuthentication'
  | 'UserCreation'
  | 'UserFederation'
  | 'UserAccountRecovery'
  | 'UserRead'
  | 'UserUpdate'
  | 'UserToken'
  | 'UserResourceRead'
  | 'UserResourceUpdate'
  | 'UserList'
  | 'UserPoolRead'
  | 'UserPoolUpdate'
  | 'UserPoolResourceRead'
  | 'UserPoolResourceUpdate'
  | 'UserPoolClientRead'
  | 'UserPoolClientUpdate'
  | 'ClientAuthentication'
  | 'GetId'
  | 'GetCredentialsForIdentity';

/** Default requests per second of each category, per account and Region. */
export const CATEGORY_RPS: Readonly<Record<QuotaCategory, number>> = {
  UserAuthentication: 120,
  UserCreation: 50,
  UserFederation: 25,
  UserAccountRecovery: 30,
  UserRead: 120,
  UserUpdate: 25,
  UserToken: 120,
  UserResourceRead: 50,
  UserResourceUpdate: 25,
  UserList: 30,
  UserPoolRead: 15,
  UserPoolUpdate: 15,
  UserPoolResourceRead: 20,
  UserPoolResourceUpdate: 15,
  UserPoolClientRead: 15,
  UserPoolClientUpdate: 15,
  ClientAuthentication: 150,
  GetId: 25,
  GetCredentialsForIdentity: 200,
};

/** Categories also capped per user pool, at this many requests per second each. */
export const PER_POOL_RPS: Readonly<Partial<Record<QuotaCategory, number>>> = {
  UserPoolResourceRead: 5,
  UserPoolResourceUpdate: 5,
  UserPoolClientRead: 5,
  UserPoolClientUpdate: 5,
};

/**
 * Per-user quotas: each user takes at most 10 "read" and 10 "write" requests a second, whatever the
 * account's quota; they cannot be raised. The emulator counts requests that name the user
 * (`Username`) in these categories.
 */
export const PER_USER_RPS = 10;
export const PER_USER_KIND: Readonly<Partial<Record<QuotaCategory, 'read' | 'write'>>> = {
  UserAuthentication: 'read',
  UserRead: 'read',
  UserResourceRead: 'read',
  UserCreation: 'write',
  UserAccountRecovery: 'write',
  UserUpdate: 'write',
  UserResourceUpdate: 'write',
};

const USER_POOL_OPERATIONS: Readonly<Record<QuotaCategory, readonly string[]>> = {
  UserAuthentication: [
    'AdminInitiateAuth',
    'AdminRespondToAuthChallenge',
    'InitiateAuth',
    'RespondToAuthChallenge',
  ],
  UserCreation: ['AdminCreateUser', 'SignUp'],
  UserFederation: [],
  UserAccountRecovery: [
    'AdminResetUserPassword',
    'AdminSetUserPassword',
    'ChangePassword',
    'ConfirmForgotPassword',
    'ForgotPassword',
  ],
  UserRead: ['AdminGetUser', 'GetUser'],
  UserUpdate: [
    'AdminAddUserToGroup',
    'AdminConfirmSignUp',
    'AdminDeleteUser',
    'AdminDeleteUserAttributes',
    'AdminDisableProviderForUser',
    'AdminDisableUser',
    'AdminEnableUser',
    'AdminLinkProviderForUser',
    'AdminRemoveUserFromGroup',
    'AdminUpdateUserAttributes',
    'AdminUserGlobalSignOut',
    'ConfirmSignUp',
    'DeleteUser',
    'DeleteUserAttributes',
    'GetUserAttributeVerificationCode',
    'GlobalSignOut',
    'ResendConfirmationCode',
    'UpdateUserAttributes',
    'VerifyUserAttribute',
  ],
  UserToken: ['GetTokensFromRefreshToken', 'RevokeToken'],
  UserResourceRead: [
    'AdminGetDevice',
    'AdminListDevices',
    'AdminListGroupsForUser',
    'AdminListUserAuthEvents',
    'GetDevice',
    'GetUserAuthFactors',
    'ListDevices',
    'ListWebAuthnCredentials',
  ],
  UserResourceUpdate: [
    'AdminForgetDevice',
    'AdminSetUserMFAPreference',
    'AdminSetUserSettings',
    'AdminUpdateAuthEventFeedback',
    'AdminUpdateDeviceStatus',
    'AssociateSoftwareToken',
    'CompleteWebAuthnRegistration',
    'ConfirmDevice',
    'DeleteWebAuthnCredential',
    'ForgetDevice',
    'SetUserMFAPreference',
    'SetUserSettings',
    'StartWebAuthnRegistration',
    'UpdateAuthEventFeedback',
    'UpdateDeviceStatus',
    'VerifySoftwareToken',
  ],
  UserList: ['ListUsers', 'ListUsersInGroup'],
  UserPoolRead: ['DescribeUserPool', 'ListUserPools'],
  UserPoolUpdate: ['CreateUserPool', 'UpdateUserPool', 'DeleteUserPool'],
  UserPoolResourceRead: [
    'DescribeIdentityProvider',
    'DescribeManagedLoginBranding',
    'DescribeManagedLoginBrandingByClient',
    'DescribeResourceServer',
    'DescribeRiskConfiguration',
    'DescribeTerms',
    'DescribeUserImportJob',
    'DescribeUserPoolDomain',
    'GetCSVHeader',
    'GetGroup',
    'GetIdentityProviderByIdentifier',
    'GetLogDeliveryConfiguration',
    'GetSigningCertificate',
    'GetUICustomization',
    'GetUserPoolMfaConfig',
    'ListGroups',
    'ListIdentityProviders',
    'ListResourceServers',
    'ListTagsForResource',
    'ListTerms',
    'ListUserImportJobs',
  ],
  UserPoolResourceUpdate: [
    'AddCustomAttributes',
    'CreateGroup',
    'CreateIdentityProvider',
    'CreateManagedLoginBranding',
    'CreateResourceServer',
    'CreateTerms',
    'CreateUserImportJob',
    'CreateUserPoolDomain',
    'DeleteGroup',
    'DeleteIdentityProvider',
    'DeleteManagedLoginBranding',
    'DeleteResourceServer',
    'DeleteTerms',
    'DeleteUserPoolDomain',
    'SetLogDeliveryConfiguration',
    'SetRiskConfiguration',
    'SetUICustomization',
    'SetUserPoolMfaConfig',
    'StartUserImportJob',
    'StopUserImportJob',
    'TagResource',
    'UntagResource',
    'UpdateGroup',
    'UpdateIdentityProvider',
    'UpdateManagedLoginBranding',
    'UpdateResourceServer',
    'UpdateTerms',
    'UpdateUserPoolDomain',
  ],
  UserPoolClientRead: [
    'DescribeUserPoolClient',
    'ListUserPoolClients',
    'ListUserPoolClientSecrets',
  ],
  UserPoolClientUpdate: [
    'AddUserPoolClientSecret',
    'CreateUserPoolClient',
    'DeleteUserPoolClient',
    'DeleteUserPoolClientSecret',
    'UpdateUserPoolClient',
  ],
  ClientAuthentication: [],
  GetId: [],
  GetCredentialsForIdentity: [],
};

const CATEGORY_OF = new Map<string, QuotaCategory>(
  Object.entries(USER_POOL_OPERATIONS).flatMap(([category, operations]) =>
    operations.map((operation) => [operation, category as QuotaCategory] as const),
  ),
);

const REFRESH_FLOWS = new Set(['REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN']);

/**
 * The quota category a request counts against, or undefined when the emulator meters none for it.
 * A refresh through InitiateAuth / AdminInitiateAuth is a UserToken request, not a sign-in.
 */
export function quotaCategoryOf(
  service: 'cognito-idp' | 'cognito-identity',
  operation: string,
  input: Record<string, unknown>,
): QuotaCategory | undefined {
  if (service === 'cognito-identity') {
    return operation === 'GetId' || operation === 'GetCredentialsForIdentity'
      ? operation
      : undefined;
  }
  if (
    (operation === 'InitiateAuth' || operation === 'AdminInitiateAuth') &&
    typeof input.AuthFlow === 'string' &&
    REFRESH_FLOWS.has(input.AuthFlow)
  ) {
    return 'UserToken';
  }
  return CATEGORY_OF.get(operation);
}
