import {
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  DeleteUserPoolDomainCommand,
  DescribeUserPoolCommand,
  DescribeUserPoolDomainCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { expectAwsError } from './support/expect-error.ts';
import { targets, uniqueName } from './support/targets.ts';

async function createPool(client: CognitoIdentityProviderClient) {
  const { UserPool } = await client.send(
    new CreateUserPoolCommand({ PoolName: uniqueName('domains') }),
  );
  return UserPool!.Id!;
}

/** A prefix no other test run uses: lowercase, no reserved words. */
const prefix = () =>
  uniqueName('demo')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-');

describe.each(targets())('user pool domains on $name', (target) => {
  const client = target.admin();
  /** moto does not implement this AWS behaviour; the test documents that it differs. */
  const itAws = target.name === 'moto' ? it.fails : it;

  it('creates a prefix domain that DescribeUserPoolDomain and DescribeUserPool show', async () => {
    const UserPoolId = await createPool(client);
    const Domain = prefix();
    await client.send(new CreateUserPoolDomainCommand({ UserPoolId, Domain }));
    const { DomainDescription } = await client.send(new DescribeUserPoolDomainCommand({ Domain }));
    expect(DomainDescription).toMatchObject({ UserPoolId, Domain, Status: 'ACTIVE' });
    expect(DomainDescription?.CloudFrontDistribution).toBeTruthy();
    const { UserPool } = await client.send(new DescribeUserPoolCommand({ UserPoolId }));
    expect(UserPool?.Domain).toBe(Domain);
  });

  // AWS: AWSAccountId is the 12-digit account and the domain lives on a CloudFront distribution
  // (API_DomainDescriptionType.html).
  itAws('describes the account and the CloudFront distribution of a domain', async () => {
    const UserPoolId = await createPool(client);
    const Domain = prefix();
    await client.send(new CreateUserPoolDomainCommand({ UserPoolId, Domain }));
    const { DomainDescription } = await client.send(new DescribeUserPoolDomainCommand({ Domain }));
    expect(DomainDescription?.AWSAccountId).toMatch(/^\d{12}$/);
    expect(DomainDescription?.CloudFrontDistribution).toMatch(/\.cloudfront\.net$/);
    expect(DomainDescription?.S3Bucket).toMatch(/^aws-cognito-prod-/);
  });

  it('answers an empty DomainDescription for an unknown domain', async () => {
    const { DomainDescription } = await client.send(
      new DescribeUserPoolDomainCommand({ Domain: prefix() }),
    );
    expect(DomainDescription ?? {}).toEqual({});
  });

  // AWS: Domain must match ^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$ (API_CreateUserPoolDomain.html).
  itAws('rejects a prefix that breaks the pattern', async () => {
    const UserPoolId = await createPool(client);
    await expectAwsError(
      () => client.send(new CreateUserPoolDomainCommand({ UserPoolId, Domain: 'Bad_Prefix' })),
      'InvalidParameterException',
    );
  });

  // AWS: prefixes must not contain aws, amazon or cognito (cognito-user-pools-assign-domain-prefix.html).
  itAws('rejects a prefix with a reserved word', async () => {
    const UserPoolId = await createPool(client);
    await expectAwsError(
      () =>
        client.send(new CreateUserPoolDomainCommand({ UserPoolId, Domain: `${prefix()}-cognito` })),
      'InvalidParameterException',
    );
  });

  // AWS: a prefix is unique in the Region, and a pool has one prefix domain.
  itAws('refuses a prefix another pool has, and a second prefix for one pool', async () => {
    const first = await createPool(client);
    const second = await createPool(client);
    const Domain = prefix();
    await client.send(new CreateUserPoolDomainCommand({ UserPoolId: first, Domain }));
    await expectAwsError(
      () => client.send(new CreateUserPoolDomainCommand({ UserPoolId: second, Domain })),
      'InvalidParameterException',
    );
    await expectAwsError(
      () => client.send(new CreateUserPoolDomainCommand({ UserPoolId: first, Domain: prefix() })),
      'InvalidParameterException',
    );
  });

  it('deletes a domain; Describe then answers empty', async () => {
    const UserPoolId = await createPool(client);
    const Domain = prefix();
    await client.send(new CreateUserPoolDomainCommand({ UserPoolId, Domain }));
    await client.send(new DeleteUserPoolDomainCommand({ UserPoolId, Domain }));
    const { DomainDescription } = await client.send(new DescribeUserPoolDomainCommand({ Domain }));
    expect(DomainDescription ?? {}).toEqual({});
    const { UserPool } = await client.send(new DescribeUserPoolCommand({ UserPoolId }));
    expect(UserPool?.Domain).toBeUndefined();
  });

  it('answers ResourceNotFoundException for a domain of an unknown pool', async () => {
    await expectAwsError(
      () =>
        client.send(
          new CreateUserPoolDomainCommand({ UserPoolId: 'us-east-1_doesNotEx', Domain: prefix() }),
        ),
      'ResourceNotFoundException',
    );
  });
});
