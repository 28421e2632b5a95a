/**
 * The CloudFormation template of everything the console needs on an AWS account, built from the
 * tables the console and the emulator run on: the role policies from src/lib/iam/roles.ts, the
 * groups from src/lib/roles.ts, the response headers from scripts/security-headers.ts and the
 * outputs from the config.json keys. `npm run deploy:template` writes it to deploy/console.yaml.
 */
import { roleGroups, type Role } from '../src/lib/roles.ts';
import { consoleRoles, policyDocument } from '../src/lib/iam/roles.ts';
import { contentSecurityPolicy, securityHeaders } from '../scripts/security-headers.ts';
import { configOutputs } from './stack-config.ts';
import type { TemplateNode } from './yaml.ts';

type Node = TemplateNode;
type NodeMap = { [key: string]: Node };

const ref = (name: string): Node => ({ Ref: name });
const sub = (text: string, variables?: NodeMap): Node => ({
  'Fn::Sub': variables ? [text, variables] : text,
});
const getAtt = (resource: string, attribute: string): Node => ({
  'Fn::GetAtt': [resource, attribute],
});
const join = (separator: string, items: Node): Node => ({ 'Fn::Join': [separator, items] });
const ifThen = (condition: string, then: Node, otherwise: Node): Node => ({
  'Fn::If': [condition, then, otherwise],
});
const notEmpty = (value: Node): Node => ({ 'Fn::Not': [{ 'Fn::Equals': [value, ''] }] });
const noValue = ref('AWS::NoValue');

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Logical IDs, one place. */
export const roleResource = (role: Role) => `${capitalized(role)}Role`;
export const groupResource = (role: Role) => `${capitalized(role)}Group`;
export const emailsParameter = (role: Role) => `${capitalized(role)}Emails`;
export const operatorsLoop = (role: Role) => `Fn::ForEach::${capitalized(role)}Operators`;
const hasEmailsCondition = (role: Role) => `Has${capitalized(role)}Emails`;

/** AWS's managed CachingOptimized cache policy (the same ID in every account). */
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';

const REGION_MARK = 'region-mark-1';

/**
 * The console's CSP as a Fn::Sub: connect-src allows cognito-idp in this stack's region and in
 * each region of the Regions parameter, and cognito-identity in this stack's region.
 */
function cspSub(): Node {
  const csp = contentSecurityPolicy({ region: REGION_MARK });
  const idp = `https://cognito-idp.${REGION_MARK}.amazonaws.com`;
  if (!csp.includes(idp) || csp.includes('${')) throw new Error(`Unexpected CSP: ${csp}`);
  return sub(
    csp
      .replace(idp, `https://cognito-idp.\${AWS::Region}.amazonaws.com\${OtherRegionsIdp}`)
      .replaceAll(REGION_MARK, '${AWS::Region}'),
    {
      OtherRegionsIdp: ifThen(
        'HasRegions',
        join('', [
          ' https://cognito-idp.',
          join('.amazonaws.com https://cognito-idp.', ref('Regions')),
          '.amazonaws.com',
        ]),
        '',
      ),
    },
  );
}

/** CloudFront's response-headers policy carrying every header the console is served with. */
function responseHeadersPolicy(): NodeMap {
  const headers = securityHeaders({ region: REGION_MARK });
  const inSecurityConfig = new Map<string, NodeMap>([
    [
      'Content-Security-Policy',
      { ContentSecurityPolicy: { ContentSecurityPolicy: cspSub(), Override: true } },
    ],
    ['X-Content-Type-Options', { ContentTypeOptions: { Override: true } }],
    [
      'X-Frame-Options',
      { FrameOptions: { FrameOption: headers['X-Frame-Options']!, Override: true } },
    ],
    [
      'Referrer-Policy',
      { ReferrerPolicy: { ReferrerPolicy: headers['Referrer-Policy']!, Override: true } },
    ],
  ]);
  if (headers['X-Content-Type-Options'] !== 'nosniff') {
    throw new Error('CloudFront sends X-Content-Type-Options: nosniff only');
  }
  const security: NodeMap = {
    // Sent by CloudFront only: a dev or preview server on http must not pin HTTPS.
    StrictTransportSecurity: {
      AccessControlMaxAgeSec: 31_536_000,
      IncludeSubdomains: true,
      Override: true,
    },
  };
  const custom: Node[] = [];
  for (const [header, value] of Object.entries(headers)) {
    const config = inSecurityConfig.get(header);
    if (config) Object.assign(security, config);
    else custom.push({ Header: header, Value: value, Override: true });
  }
  return {
    Type: 'AWS::CloudFront::ResponseHeadersPolicy',
    Properties: {
      ResponseHeadersPolicyConfig: {
        Name: sub('${AWS::StackName}-console-headers'),
        Comment: 'The CSP and security headers the console is served with',
        SecurityHeadersConfig: security,
        CustomHeadersConfig: { Items: custom },
      },
    },
  };
}

/**
 * The role's policy from the roles table: the README's ACCOUNT becomes this account, and arn:aws
 * this partition.
 */
export function rolePolicy(role: Role): NodeMap {
  const document = policyDocument(role, '${AWS::AccountId}');
  return {
    Version: document.Version,
    Statement: document.Statement.map((statement) => ({
      Effect: statement.Effect,
      Action: statement.Action,
      Resource:
        statement.Resource === '*'
          ? '*'
          : sub(statement.Resource.replace(/^arn:aws:/, 'arn:${AWS::Partition}:')),
    })),
  };
}

function consoleRole(role: Role): NodeMap {
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      Description: `Console ${role} role: assumed through the identity pool by members of the ${
        roleGroups.find(([, r]) => r === role)![0]
      } group`,
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: 'cognito-identity.amazonaws.com' },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: { 'cognito-identity.amazonaws.com:aud': ref('IdentityPool') },
              'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
            },
          },
        ],
      },
      Policies: [{ PolicyName: `console-${role}`, PolicyDocument: rolePolicy(role) }],
    },
  };
}

/**
 * One invited user and their group membership per email of the role's list. Fn::ForEach names
 * each user's resources after the email, so adding or removing one operator leaves the others.
 */
function invitedOperators(role: Role): [string, Node] {
  const user = `${capitalized(role)}Operator&{Email}`;
  return [
    operatorsLoop(role),
    [
      'Email',
      ref(emailsParameter(role)),
      {
        [user]: {
          Type: 'AWS::Cognito::UserPoolUser',
          Condition: hasEmailsCondition(role),
          Properties: {
            UserPoolId: ref('UserPool'),
            Username: ref('Email'),
            UserAttributes: [
              { Name: 'email', Value: ref('Email') },
              { Name: 'email_verified', Value: 'true' },
            ],
            DesiredDeliveryMediums: ['EMAIL'],
          },
        },
        [`${capitalized(role)}Membership&{Email}`]: {
          Type: 'AWS::Cognito::UserPoolUserToGroupAttachment',
          Condition: hasEmailsCondition(role),
          Properties: {
            UserPoolId: ref('UserPool'),
            GroupName: ref(groupResource(role)),
            // Fn::Sub turns the email into the user's logical ID, as the key above.
            Username: { Ref: sub(user) },
          },
        },
      },
    ],
  ];
}

export function buildConsoleTemplate(): NodeMap {
  const groups = roleGroups.map(([group, role], precedence) => ({ group, role, precedence }));
  const resources: NodeMap = {
    UserPool: {
      Type: 'AWS::Cognito::UserPool',
      // Operators' accounts outlive the stack: deleting the stack leaves the pool.
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        UserPoolName: sub('${AWS::StackName}-operators'),
        DeletionProtection: 'ACTIVE',
        UsernameAttributes: ['email'],
        UsernameConfiguration: { CaseSensitive: false },
        AutoVerifiedAttributes: ['email'],
        MfaConfiguration: 'ON',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        AdminCreateUserConfig: {
          AllowAdminCreateUserOnly: true,
          InviteMessageTemplate: {
            EmailSubject: 'Your Cognito console account',
            EmailMessage: sub(
              'You can now sign in to the Cognito console at ${ConsoleUrl} as {username} with the temporary password {####}. You will choose your own password and set up an authenticator app.',
              { ConsoleUrl: consoleUrl() },
            ),
          },
        },
        Policies: {
          PasswordPolicy: {
            MinimumLength: 12,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
            TemporaryPasswordValidityDays: 7,
          },
        },
        AccountRecoverySetting: {
          RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }],
        },
      },
    },
    UserPoolClient: {
      Type: 'AWS::Cognito::UserPoolClient',
      Properties: {
        UserPoolId: ref('UserPool'),
        ClientName: 'cognito-console',
        GenerateSecret: false,
        ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        PreventUserExistenceErrors: 'ENABLED',
        EnableTokenRevocation: true,
        AccessTokenValidity: 60,
        IdTokenValidity: 60,
        RefreshTokenValidity: 12,
        TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'hours' },
      },
    },
    ...Object.fromEntries(
      groups.map(({ group, role, precedence }) => [
        groupResource(role),
        {
          Type: 'AWS::Cognito::UserPoolGroup',
          Properties: {
            UserPoolId: ref('UserPool'),
            GroupName: group,
            Description: `Console operators with the ${role} role`,
            Precedence: precedence,
          },
        },
      ]),
    ),
    ...Object.fromEntries(groups.map(({ role }) => invitedOperators(role))),
    IdentityPool: {
      Type: 'AWS::Cognito::IdentityPool',
      Properties: {
        IdentityPoolName: sub('${AWS::StackName} console operators'),
        AllowUnauthenticatedIdentities: false,
        AllowClassicFlow: false,
        CognitoIdentityProviders: [
          {
            ProviderName: getAtt('UserPool', 'ProviderName'),
            ClientId: ref('UserPoolClient'),
            // Refuses new credentials to an operator whose tokens were revoked (sign-out).
            ServerSideTokenCheck: true,
          },
        ],
      },
    },
    IdentityPoolRoles: {
      Type: 'AWS::Cognito::IdentityPoolRoleAttachment',
      Properties: {
        IdentityPoolId: ref('IdentityPool'),
        RoleMappings: {
          operators: {
            IdentityProvider: sub('${UserPool.ProviderName}:${UserPoolClient}'),
            Type: 'Rules',
            // An operator in neither group gets no credentials.
            AmbiguousRoleResolution: 'Deny',
            RulesConfiguration: {
              // Strongest first: the first rule that matches gives the role.
              Rules: groups.map(({ group, role }) => ({
                Claim: 'cognito:groups',
                MatchType: 'Contains',
                Value: group,
                RoleARN: getAtt(roleResource(role), 'Arn'),
              })),
            },
          },
        },
      },
    },
    ...Object.fromEntries(consoleRoles.map((role) => [roleResource(role), consoleRole(role)])),
    SiteBucket: {
      Type: 'AWS::S3::Bucket',
      Properties: {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
          ],
        },
      },
    },
    SiteBucketPolicy: {
      Type: 'AWS::S3::BucketPolicy',
      Properties: {
        Bucket: ref('SiteBucket'),
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'OnlyThisDistributionReads',
              Effect: 'Allow',
              Principal: { Service: 'cloudfront.amazonaws.com' },
              Action: 's3:GetObject',
              Resource: sub('${SiteBucket.Arn}/*'),
              Condition: {
                StringEquals: {
                  'AWS:SourceArn': sub(
                    'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}',
                  ),
                },
              },
            },
            {
              Sid: 'TlsOnly',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: [getAtt('SiteBucket', 'Arn'), sub('${SiteBucket.Arn}/*')],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ],
        },
      },
    },
    OriginAccessControl: {
      Type: 'AWS::CloudFront::OriginAccessControl',
      Properties: {
        OriginAccessControlConfig: {
          Name: sub('${AWS::StackName}-console-site'),
          Description: 'CloudFront signs its reads of the console build',
          OriginAccessControlOriginType: 's3',
          SigningBehavior: 'always',
          SigningProtocol: 'sigv4',
        },
      },
    },
    ResponseHeadersPolicy: responseHeadersPolicy(),
    Distribution: {
      Type: 'AWS::CloudFront::Distribution',
      // cfn-lint checks CertificateArn's default ('') against the ARN pattern, though the
      // HasCustomDomain condition (and the Rules) use it only when it is set.
      Metadata: { 'cfn-lint': { config: { ignore_checks: ['W1030'] } } },
      Properties: {
        DistributionConfig: {
          Enabled: true,
          Comment: sub('Cognito console (${AWS::StackName})'),
          HttpVersion: 'http2and3',
          IPV6Enabled: true,
          DefaultRootObject: 'index.html',
          Aliases: ifThen('HasCustomDomain', [ref('DomainName')], noValue),
          ViewerCertificate: ifThen(
            'HasCustomDomain',
            {
              AcmCertificateArn: ref('CertificateArn'),
              SslSupportMethod: 'sni-only',
              MinimumProtocolVersion: 'TLSv1.2_2021',
            },
            { CloudFrontDefaultCertificate: true },
          ),
          Origins: [
            {
              Id: 'console-build',
              DomainName: getAtt('SiteBucket', 'RegionalDomainName'),
              S3OriginConfig: { OriginAccessIdentity: '' },
              OriginAccessControlId: getAtt('OriginAccessControl', 'Id'),
            },
          ],
          DefaultCacheBehavior: {
            TargetOriginId: 'console-build',
            ViewerProtocolPolicy: 'redirect-to-https',
            AllowedMethods: ['GET', 'HEAD'],
            CachedMethods: ['GET', 'HEAD'],
            Compress: true,
            CachePolicyId: CACHING_OPTIMIZED,
            ResponseHeadersPolicyId: ref('ResponseHeadersPolicy'),
          },
          // The console routes in the browser: a deep link (/pools/…) is served index.html. S3
          // answers 403 for a missing key when CloudFront may not list the bucket.
          CustomErrorResponses: [403, 404].map((code) => ({
            ErrorCode: code,
            ResponseCode: 200,
            ResponsePagePath: '/index.html',
            ErrorCachingMinTTL: 10,
          })),
        },
      },
    },
  };

  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      'Cognito console: the operators user pool, identity pool and IAM roles, and the private S3 + CloudFront hosting of the build',
    // Fn::ForEach creates one invited user per email of a list parameter.
    Transform: 'AWS::LanguageExtensions',
    Parameters: {
      Regions: {
        Type: 'CommaDelimitedList',
        Default: '',
        Description:
          "Regions whose user pools the console manages, comma-separated (e.g. eu-west-1,us-east-1). The stack's own region is always included.",
      },
      [emailsParameter('admin')]: {
        Type: 'CommaDelimitedList',
        Description:
          'Emails of the operators with the admin role, comma-separated (at least one). Each is invited by email.',
      },
      [emailsParameter('support')]: {
        Type: 'CommaDelimitedList',
        Default: '',
        Description:
          'Emails of the operators with the support role, comma-separated (may be empty). Each is invited by email.',
      },
      DomainName: {
        Type: 'String',
        Default: '',
        AllowedPattern: '^$|^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$',
        Description: 'Optional custom domain of the console (e.g. console.example.com)',
      },
      CertificateArn: {
        Type: 'String',
        Default: '',
        AllowedPattern: '^$|^arn:aws[a-z-]*:acm:us-east-1:[0-9]{12}:certificate/[a-z0-9-]+$',
        Description:
          'ACM certificate of the custom domain; CloudFront needs it in us-east-1. Empty without a custom domain.',
      },
    },
    Rules: {
      CustomDomainNeedsCertificate: {
        RuleCondition: notEmpty(ref('DomainName')),
        Assertions: [
          {
            Assert: notEmpty(ref('CertificateArn')),
            AssertDescription:
              'A custom domain needs CertificateArn (an ACM certificate in us-east-1).',
          },
        ],
      },
      CertificateNeedsCustomDomain: {
        RuleCondition: notEmpty(ref('CertificateArn')),
        Assertions: [
          {
            Assert: notEmpty(ref('DomainName')),
            AssertDescription: 'CertificateArn is used only with DomainName.',
          },
        ],
      },
    },
    Conditions: {
      HasRegions: notEmpty(join('', ref('Regions'))),
      HasCustomDomain: notEmpty(ref('DomainName')),
      ...Object.fromEntries(
        consoleRoles.map((role) => [
          hasEmailsCondition(role),
          notEmpty(join('', ref(emailsParameter(role)))),
        ]),
      ),
    },
    Resources: resources,
    Outputs: {
      [configOutputs.region]: {
        Description: 'config.json region: region of the operators user pool and identity pool',
        Value: ref('AWS::Region'),
      },
      [configOutputs.userPoolId]: {
        Description: 'config.json userPoolId: the operators user pool',
        Value: ref('UserPool'),
      },
      [configOutputs.clientId]: {
        Description: 'config.json clientId: its SRP-only public client',
        Value: ref('UserPoolClient'),
      },
      [configOutputs.identityPoolId]: {
        Description: 'config.json identityPoolId',
        Value: ref('IdentityPool'),
      },
      [configOutputs.regions]: {
        Description: 'config.json regions, comma-separated',
        Value: ifThen(
          'HasRegions',
          join(',', [ref('AWS::Region'), join(',', ref('Regions'))]),
          ref('AWS::Region'),
        ),
      },
      ConsoleUrl: { Description: 'Where operators sign in', Value: consoleUrl() },
      SiteBucket: { Description: 'Upload dist/ here', Value: ref('SiteBucket') },
      DistributionId: {
        Description: 'Invalidate it after an upload',
        Value: ref('Distribution'),
      },
      DistributionDomainName: {
        Description: 'Point the custom domain (CNAME or alias) here',
        Value: getAtt('Distribution', 'DomainName'),
      },
      ...Object.fromEntries(
        consoleRoles.map((role) => [
          `${roleResource(role)}Arn`,
          {
            Description: `IAM role of the ${role} operators`,
            Value: getAtt(roleResource(role), 'Arn'),
          },
        ]),
      ),
    },
  };
}

function consoleUrl(): Node {
  return ifThen(
    'HasCustomDomain',
    sub('https://${DomainName}'),
    sub('https://${Distribution.DomainName}'),
  );
}
