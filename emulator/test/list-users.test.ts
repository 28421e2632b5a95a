import {
  AdminCreateUserCommand,
  CreateUserPoolCommand,
  ListUsersCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAwsError } from './support/expect-error.ts';
import { targets, uniqueName } from './support/targets.ts';

const PEOPLE = [
  ['ann', 'Ann', 'Reddy', 'ann@example.com'],
  ['anna', 'Anna', 'Reddy', 'anna@example.org'],
  ['bea', 'Bea', 'Smith', 'bea@example.com'],
  ['carl', 'Carl', 'Jones', 'carl@example.com'],
  ['quote', 'Say "hi"', 'Quotes', 'quote@example.com'],
] as const;

async function listAll(
  client: CognitoIdentityProviderClient,
  UserPoolId: string,
  Filter?: string,
  Limit?: number,
) {
  const names: string[] = [];
  let PaginationToken: string | undefined;
  do {
    const page = await client.send(
      new ListUsersCommand({ UserPoolId, Filter, Limit, PaginationToken }),
    );
    names.push(...page.Users!.map((u) => u.Username!));
    PaginationToken = page.PaginationToken;
  } while (PaginationToken);
  return names;
}

describe.each(targets())('ListUsers on $name', (target) => {
  const client = target.admin();
  const itAws = target.name === 'moto' ? it.fails : it;
  let pool = '';

  beforeAll(async () => {
    const { UserPool } = await client.send(
      new CreateUserPoolCommand({ PoolName: uniqueName('list') }),
    );
    pool = UserPool!.Id!;
    for (const [Username, given, family, email] of PEOPLE) {
      await client.send(
        new AdminCreateUserCommand({
          UserPoolId: pool,
          Username,
          MessageAction: 'SUPPRESS',
          UserAttributes: [
            { Name: 'given_name', Value: given },
            { Name: 'family_name', Value: family },
            { Name: 'email', Value: email },
          ],
        }),
      );
    }
  });

  it('lists every user once across pages of Limit 2', async () => {
    const names = await listAll(client, pool, undefined, 2);
    expect(names.sort()).toEqual(PEOPLE.map((p) => p[0]).sort());
  });

  it('filters exactly and by prefix', async () => {
    expect(await listAll(client, pool, 'family_name = "Reddy"')).toEqual(
      expect.arrayContaining(['ann', 'anna']),
    );
    expect((await listAll(client, pool, 'family_name = "Reddy"')).length).toBe(2);
    expect(await listAll(client, pool, 'email = "bea@example.com"')).toEqual(['bea']);
    expect((await listAll(client, pool, 'given_name ^= "An"')).sort()).toEqual(['ann', 'anna']);
    expect(await listAll(client, pool, 'username = "carl"')).toEqual(['carl']);
    expect(await listAll(client, pool, 'email = "nobody@example.com"')).toEqual([]);
  });

  // AWS: "Quotation marks within the filter string must be escaped using the backslash" (API_ListUsers.html, Filter).
  itAws('matches escaped quotes inside the value', async () => {
    expect(await listAll(client, pool, 'given_name = "Say \\"hi\\""')).toEqual(['quote']);
  });

  it('filters on status and cognito:user_status', async () => {
    expect((await listAll(client, pool, 'status = "Enabled"')).length).toBe(PEOPLE.length);
    expect(
      (await listAll(client, pool, 'cognito:user_status = "FORCE_CHANGE_PASSWORD"')).length,
    ).toBe(PEOPLE.length);
  });

  it('returns only AttributesToGet', async () => {
    const page = await client.send(
      new ListUsersCommand({
        UserPoolId: pool,
        Filter: 'username = "ann"',
        AttributesToGet: ['email'],
      }),
    );
    expect(page.Users?.[0]?.Attributes).toEqual([{ Name: 'email', Value: 'ann@example.com' }]);
  });

  // AWS: "Error while parsing filter." for a malformed filter (API_ListUsers.html, Filter; aws/aws-sdk-php#1088).
  itAws('refuses a malformed filter with AWS wording', async () => {
    const error = await expectAwsError(
      () =>
        client.send(new ListUsersCommand({ UserPoolId: pool, Filter: 'email = bea@example.com' })),
      'InvalidParameterException',
    );
    expect(error.message).toBe('Error while parsing filter.');
  });

  it('refuses a filter on a custom attribute', async () => {
    await expectAwsError(
      () => client.send(new ListUsersCommand({ UserPoolId: pool, Filter: 'custom:tier = "gold"' })),
      'InvalidParameterException',
    );
  });

  // AWS: the PaginationToken must come with the same parameters (API_ListUsers.html, PaginationToken).
  itAws('refuses a pagination token sent with another filter', async () => {
    const first = await client.send(new ListUsersCommand({ UserPoolId: pool, Limit: 1 }));
    expect(first.PaginationToken).toBeDefined();
    await expectAwsError(
      () =>
        client.send(
          new ListUsersCommand({
            UserPoolId: pool,
            Limit: 1,
            Filter: 'username = "ann"',
            PaginationToken: first.PaginationToken,
          }),
        ),
      'InvalidParameterException',
    );
  });

  it('answers ResourceNotFoundException for an unknown pool', async () => {
    await expectAwsError(
      () => client.send(new ListUsersCommand({ UserPoolId: 'us-east-1_doesNotEx' })),
      'ResourceNotFoundException',
    );
  });
});
