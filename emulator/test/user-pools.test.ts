import {
  AddCustomAttributesCommand,
  CreateUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  SetUserPoolMfaConfigCommand,
  DeleteUserPoolCommand,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
  UpdateUserPoolCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { expectAwsError } from './support/expect-error.ts';
import { targets, uniqueName } from './support/targets.ts';

async function createPool(client: CognitoIdentityProviderClient, extra: object = {}) {
  const { UserPool } = await client.send(
    new CreateUserPoolCommand({ PoolName: uniqueName('pool'), ...extra }),
  );
  return UserPool!;
}

describe.each(targets())('user pools on $name', (target) => {
  const client = target.admin();
  /** moto does not implement this AWS behaviour; the test documents that it differs. */
  const itAws = target.name === 'moto' ? it.fails : it;

  it('creates a pool with a region-prefixed id, an ARN and the default password policy', async () => {
    const pool = await createPool(client);
    expect(pool.Id).toMatch(/^us-east-1_[0-9a-zA-Z]+$/);
    expect(pool.Arn).toMatch(
      new RegExp(`^arn:aws:cognito-idp:us-east-1:\\d{12}:userpool/${pool.Id}$`),
    );
    expect(pool.Policies?.PasswordPolicy?.MinimumLength).toBe(8);
    const { UserPool } = await client.send(new DescribeUserPoolCommand({ UserPoolId: pool.Id }));
    expect(UserPool?.Name).toBe(pool.Name);
    expect(UserPool?.CreationDate).toBeInstanceOf(Date);
  });

  itAws('starts with deletion protection off and MFA off', async () => {
    const pool = await createPool(client);
    expect(pool.DeletionProtection).toBe('INACTIVE');
    expect(pool.MfaConfiguration).toBe('OFF');
  });

  it('answers ResourceNotFoundException for a pool that does not exist', async () => {
    await expectAwsError(
      () => client.send(new DescribeUserPoolCommand({ UserPoolId: 'us-east-1_doesNotEx' })),
      'ResourceNotFoundException',
    );
  });

  it('pages ListUserPools with NextToken until every pool was seen once', async () => {
    const created = await Promise.all([createPool(client), createPool(client), createPool(client)]);
    const seen: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(new ListUserPoolsCommand({ MaxResults: 2, NextToken }));
      expect(page.UserPools!.length).toBeLessThanOrEqual(2);
      seen.push(...page.UserPools!.map((p) => p.Id!));
      NextToken = page.NextToken;
    } while (NextToken);
    for (const pool of created) expect(seen.filter((id) => id === pool.Id)).toHaveLength(1);
  });

  // AWS: MaxResults is required, 1-60 (API_ListUserPools.html; cognito-behaviour.md item 20).
  itAws('rejects ListUserPools without MaxResults or above 60', async () => {
    const missing = await expectAwsError(
      () => client.send(new ListUserPoolsCommand({} as never)),
      'InvalidParameterException',
    );
    expect(missing.message).toContain(
      "'maxResults' failed to satisfy constraint: Member must not be null",
    );
    const high = await expectAwsError(
      () => client.send(new ListUserPoolsCommand({ MaxResults: 61 })),
      'InvalidParameterException',
    );
    expect(high.message).toContain('Member must have value less than or equal to 60');
  });

  it('deletes a pool', async () => {
    const pool = await createPool(client);
    await client.send(new DeleteUserPoolCommand({ UserPoolId: pool.Id }));
    await expectAwsError(
      () => client.send(new DescribeUserPoolCommand({ UserPoolId: pool.Id })),
      'ResourceNotFoundException',
    );
  });

  // AWS: "you can't delete a user pool with deletion protection active" (API_DeleteUserPool / DeletionProtection).
  itAws('refuses to delete a pool while DeletionProtection is ACTIVE', async () => {
    const pool = await createPool(client, { DeletionProtection: 'ACTIVE' });
    const error = await expectAwsError(
      () => client.send(new DeleteUserPoolCommand({ UserPoolId: pool.Id })),
      'InvalidParameterException',
    );
    expect(error.message.toLowerCase()).toContain('deletion protection');
    const { UserPool } = await client.send(new DescribeUserPoolCommand({ UserPoolId: pool.Id }));
    expect(UserPool?.Id).toBe(pool.Id);
  });

  it('keeps what UpdateUserPool sends', async () => {
    const pool = await createPool(client);
    await client.send(
      new UpdateUserPoolCommand({
        UserPoolId: pool.Id,
        Policies: { PasswordPolicy: { MinimumLength: 12, RequireSymbols: false } },
        AutoVerifiedAttributes: ['email'],
      }),
    );
    const { UserPool } = await client.send(new DescribeUserPoolCommand({ UserPoolId: pool.Id }));
    expect(UserPool?.Policies?.PasswordPolicy?.MinimumLength).toBe(12);
    expect(UserPool?.AutoVerifiedAttributes).toEqual(['email']);
  });

  // AWS: "If you don't provide a value for an attribute, Amazon Cognito sets it to its default value"
  // (cognito-user-pool-updating.html; cognito-behaviour.md items 1-2, 5).
  itAws('resets what UpdateUserPool omits to its default', async () => {
    const pool = await createPool(client, {
      AutoVerifiedAttributes: ['email'],
      DeletionProtection: 'ACTIVE',
    });
    await client.send(new UpdateUserPoolCommand({ UserPoolId: pool.Id }));
    const { UserPool } = await client.send(new DescribeUserPoolCommand({ UserPoolId: pool.Id }));
    expect(UserPool?.AutoVerifiedAttributes ?? []).toEqual([]);
    expect(UserPool?.DeletionProtection).toBe('INACTIVE');
    expect(UserPool?.Name).toBe(pool.Name);
  });

  it('adds custom attributes, shown with the custom: prefix', async () => {
    const pool = await createPool(client);
    await client.send(
      new AddCustomAttributesCommand({
        UserPoolId: pool.Id,
        CustomAttributes: [{ Name: 'tier', AttributeDataType: 'String', Mutable: true }],
      }),
    );
    const { UserPool } = await client.send(new DescribeUserPoolCommand({ UserPoolId: pool.Id }));
    expect(UserPool?.SchemaAttributes?.map((a) => a.Name)).toContain('custom:tier');
  });

  // AWS: custom attributes cannot be renamed or added twice (cognito-behaviour.md item 49).
  it('refuses a custom attribute that already exists', async () => {
    const pool = await createPool(client, {
      Schema: [{ Name: 'tier', AttributeDataType: 'String', Mutable: true }],
    });
    await expectAwsError(
      () =>
        client.send(
          new AddCustomAttributesCommand({
            UserPoolId: pool.Id,
            CustomAttributes: [{ Name: 'tier', AttributeDataType: 'String' }],
          }),
        ),
      'InvalidParameterException',
    );
  });

  it('turns on software-token MFA with SetUserPoolMfaConfig and reads it back', async () => {
    const pool = await createPool(client);
    await client.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: pool.Id,
        MfaConfiguration: 'OPTIONAL',
        SoftwareTokenMfaConfiguration: { Enabled: true },
      }),
    );
    const config = await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: pool.Id }));
    expect(config.MfaConfiguration).toBe('OPTIONAL');
    expect(config.SoftwareTokenMfaConfiguration?.Enabled).toBe(true);
    const { UserPool } = await client.send(new DescribeUserPoolCommand({ UserPoolId: pool.Id }));
    expect(UserPool?.MfaConfiguration).toBe('OPTIONAL');
  });

  // AWS: MFA ON or OPTIONAL needs at least one enabled factor (API_SetUserPoolMfaConfig.html).
  it('refuses MFA ON with no factor enabled', async () => {
    const pool = await createPool(client);
    await expectAwsError(
      () =>
        client.send(
          new SetUserPoolMfaConfigCommand({ UserPoolId: pool.Id, MfaConfiguration: 'ON' }),
        ),
      'InvalidParameterException',
    );
  });
});
