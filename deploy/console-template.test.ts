import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consoleConfigKeys } from '../src/aws/config.ts';
import { consoleRoles, policyDocument } from '../src/lib/iam/roles.ts';
import { roleGroups } from '../src/lib/roles.ts';
import { contentSecurityPolicy, securityHeaders } from '../scripts/security-headers.ts';
import { consoleTemplateYaml } from './console-template.ts';
import { configKeysWithoutOutput, configOutputs } from './stack-config.ts';
import {
  buildConsoleTemplate,
  emailsParameter,
  groupResource,
  operatorsLoop,
  roleResource,
} from './template.ts';
import type { TemplateNode } from './yaml.ts';

type NodeMap = { [key: string]: TemplateNode };

const template = buildConsoleTemplate();
const resources = template.Resources as NodeMap;
const resource = (id: string) => resources[id] as { Properties: NodeMap } & NodeMap;

const ACCOUNT = '123456789012';

/**
 * Evaluates the intrinsic functions the template uses, for one set of parameters, the way
 * CloudFormation would.
 */
function evaluate(node: TemplateNode, parameters: Record<string, string | string[]>): TemplateNode {
  const values: Record<string, string | string[]> = {
    'AWS::Partition': 'aws',
    'AWS::AccountId': ACCOUNT,
    ...parameters,
  };
  const conditions = template.Conditions as NodeMap;
  const run = (value: TemplateNode): TemplateNode => {
    if (Array.isArray(value)) return value.map(run);
    if (typeof value !== 'object') return value;
    const [key, argument] = Object.entries(value)[0]!;
    switch (key) {
      case 'Ref':
        return values[argument as string] ?? `<${String(argument)}>`;
      case 'Fn::Join': {
        const [separator, items] = argument as [string, TemplateNode];
        return (run(items) as string[]).join(separator);
      }
      case 'Fn::Equals': {
        const [a, b] = argument as [TemplateNode, TemplateNode];
        return run(a) === run(b);
      }
      case 'Fn::Not':
        return !run((argument as TemplateNode[])[0]!);
      case 'Fn::If': {
        const [condition, then, otherwise] = argument as [string, TemplateNode, TemplateNode];
        return run(run(conditions[condition]!) ? then : otherwise);
      }
      case 'Fn::Sub': {
        const [text, variables = {}] = (typeof argument === 'string' ? [argument] : argument) as [
          string,
          NodeMap?,
        ];
        return text.replace(/\$\{([\w:]+)\}/g, (_, name: string) => {
          const variable = name in variables ? run(variables[name]!) : values[name];
          if (typeof variable !== 'string') throw new Error(`Fn::Sub: no value for ${name}`);
          return variable;
        });
      }
      default:
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, run(v)]));
    }
  };
  return run(node);
}

describe('deploy/console.yaml', () => {
  it('is what npm run deploy:template writes from the console tables', () => {
    const committed = readFileSync(new URL('./console.yaml', import.meta.url), 'utf8');
    expect(committed, 'run npm run deploy:template and commit deploy/console.yaml').toBe(
      consoleTemplateYaml(),
    );
  });

  it('gives each role the policy of the roles table, in this account', () => {
    for (const role of consoleRoles) {
      const policies = resource(roleResource(role)).Properties.Policies as NodeMap[];
      expect(policies).toHaveLength(1);
      expect(evaluate(policies[0]!.PolicyDocument!, {}), role).toEqual(
        policyDocument(role, ACCOUNT),
      );
    }
  });

  it('lets only authenticated identities of its own identity pool assume a role', () => {
    for (const role of consoleRoles) {
      const trust = resource(roleResource(role)).Properties.AssumeRolePolicyDocument as NodeMap;
      expect(evaluate(trust, { IdentityPool: 'eu-west-1:pool-id' }), role).toEqual({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: 'cognito-identity.amazonaws.com' },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: { 'cognito-identity.amazonaws.com:aud': 'eu-west-1:pool-id' },
              'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
            },
          },
        ],
      });
    }
  });

  it('maps each group of the roles table to its role, strongest first, and denies the rest', () => {
    const identityPool = resource('IdentityPool').Properties;
    expect(identityPool.AllowUnauthenticatedIdentities).toBe(false);
    const mappings = resource('IdentityPoolRoles').Properties.RoleMappings as NodeMap;
    const mapping = mappings.operators as NodeMap;
    expect(mapping.Type).toBe('Rules');
    expect(mapping.AmbiguousRoleResolution).toBe('Deny');
    expect((mapping.RulesConfiguration as NodeMap).Rules).toEqual(
      roleGroups.map(([group, role]) => ({
        Claim: 'cognito:groups',
        MatchType: 'Contains',
        Value: group,
        RoleARN: { 'Fn::GetAtt': [roleResource(role), 'Arn'] },
      })),
    );
    const groupNames = Object.values(resources)
      .filter((r) => (r as NodeMap).Type === 'AWS::Cognito::UserPoolGroup')
      .map((r) => ((r as NodeMap).Properties as NodeMap).GroupName);
    expect(groupNames).toEqual(roleGroups.map(([group]) => group));
  });

  it('makes a pool only admins can add operators to, with MFA, and an SRP-only public client', () => {
    const pool = resource('UserPool');
    expect(pool.Properties).toMatchObject({
      DeletionProtection: 'ACTIVE',
      MfaConfiguration: 'ON',
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
    });
    const client = resource('UserPoolClient').Properties;
    expect(client).toMatchObject({
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      PreventUserExistenceErrors: 'ENABLED',
    });
  });

  it('invites each email of a role parameter as a user in that role group', () => {
    for (const [group, role] of roleGroups) {
      const loop = resources[operatorsLoop(role)];
      expect(loop, role).toBeDefined();
      const [identifier, collection, fragment] = loop as [string, TemplateNode, NodeMap];
      expect(collection).toEqual({ Ref: emailsParameter(role) });
      const [user, membership] = Object.values(fragment) as NodeMap[];
      expect(user).toMatchObject({
        Type: 'AWS::Cognito::UserPoolUser',
        Properties: {
          Username: { Ref: identifier },
          DesiredDeliveryMediums: ['EMAIL'],
        },
      });
      expect(membership).toMatchObject({
        Type: 'AWS::Cognito::UserPoolUserToGroupAttachment',
        Properties: { GroupName: { Ref: groupResource(role) } },
      });
      expect(resource(groupResource(role)).Properties.GroupName).toBe(group);
    }
  });

  it('serves the build from a private bucket only through CloudFront, deep links included', () => {
    expect(resource('SiteBucket').Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    const policy = resource('SiteBucketPolicy').Properties.PolicyDocument as NodeMap;
    const allows = (policy.Statement as NodeMap[]).filter((s) => s.Effect === 'Allow');
    expect(allows).toHaveLength(1);
    expect(allows[0]!.Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
    expect(JSON.stringify(allows[0]!.Condition)).toContain(':distribution/${Distribution}');
    const distribution = resource('Distribution').Properties.DistributionConfig as NodeMap;
    const [origin] = distribution.Origins as NodeMap[];
    expect(origin!.OriginAccessControlId).toEqual({
      'Fn::GetAtt': ['OriginAccessControl', 'Id'],
    });
    expect(distribution.CustomErrorResponses).toEqual(
      [403, 404].map((code) =>
        expect.objectContaining({
          ErrorCode: code,
          ResponseCode: 200,
          ResponsePagePath: '/index.html',
        }),
      ),
    );
  });

  it("sends the console's CSP, allowing Cognito in the stack's region and each managed one", () => {
    const policy = evaluate(resource('ResponseHeadersPolicy').Properties, {
      'AWS::Region': 'eu-west-1',
      'AWS::StackName': 'console',
      Regions: ['us-east-1', 'ap-southeast-2'],
    }) as NodeMap;
    const config = (policy.ResponseHeadersPolicyConfig as NodeMap).SecurityHeadersConfig as NodeMap;
    expect((config.ContentSecurityPolicy as NodeMap).ContentSecurityPolicy).toBe(
      contentSecurityPolicy({ region: 'eu-west-1', regions: ['us-east-1', 'ap-southeast-2'] }),
    );
    const alone = evaluate(resource('ResponseHeadersPolicy').Properties, {
      'AWS::Region': 'eu-west-1',
      'AWS::StackName': 'console',
      Regions: [''],
    }) as NodeMap;
    expect(JSON.stringify(alone)).toContain(contentSecurityPolicy({ region: 'eu-west-1' }));
  });

  it('sends every other security header the console is served with', () => {
    const policy = resource('ResponseHeadersPolicy').Properties
      .ResponseHeadersPolicyConfig as NodeMap;
    const security = policy.SecurityHeadersConfig as NodeMap;
    const sent = new Map<string, TemplateNode>([
      ['X-Frame-Options', (security.FrameOptions as NodeMap).FrameOption!],
      ['Referrer-Policy', (security.ReferrerPolicy as NodeMap).ReferrerPolicy!],
      ['X-Content-Type-Options', security.ContentTypeOptions ? 'nosniff' : 'missing'],
    ]);
    for (const item of (policy.CustomHeadersConfig as NodeMap).Items as NodeMap[]) {
      sent.set(item.Header as string, item.Value!);
    }
    const { 'Content-Security-Policy': _csp, ...others } = securityHeaders({ region: 'eu-west-1' });
    expect(Object.fromEntries(sent)).toEqual(others);
  });

  it('has an output for every config.json key the console needs on AWS', () => {
    const outputs = template.Outputs as NodeMap;
    const keys = consoleConfigKeys.filter(
      (key) => !(configKeysWithoutOutput as readonly string[]).includes(key),
    );
    expect(Object.keys(configOutputs).sort()).toEqual(keys.sort());
    for (const output of Object.values(configOutputs)) expect(outputs).toHaveProperty(output);
    const regions = (outputs.Regions as NodeMap).Value!;
    expect(evaluate(regions, { 'AWS::Region': 'eu-west-1', Regions: ['us-east-1'] })).toBe(
      'eu-west-1,us-east-1',
    );
    expect(evaluate(regions, { 'AWS::Region': 'eu-west-1', Regions: [''] })).toBe('eu-west-1');
  });
});
