import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminListGroupsForUserCommand,
  CreateGroupCommand,
  CreateUserPoolCommand,
  DeleteGroupCommand,
  GetGroupCommand,
  ListGroupsCommand,
  ListUsersInGroupCommand,
  UpdateGroupCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { expectAwsError } from './support/expect-error.ts';
import { targets, uniqueName } from './support/targets.ts';

const ROLE = 'arn:aws:iam::123456789012:role/editors';

async function createPool(client: CognitoIdentityProviderClient) {
  const { UserPool } = await client.send(
    new CreateUserPoolCommand({ PoolName: uniqueName('groups') }),
  );
  return UserPool!.Id!;
}

describe.each(targets())('groups on $name', (target) => {
  const client = target.admin();
  /** moto does not implement this AWS behaviour; the test documents that it differs. */
  const itAws = target.name === 'moto' ? it.fails : it;

  it('creates a group and reads it back with GetGroup', async () => {
    const UserPoolId = await createPool(client);
    const { Group } = await client.send(
      new CreateGroupCommand({
        UserPoolId,
        GroupName: 'editors',
        Description: 'Edit',
        Precedence: 3,
        RoleArn: ROLE,
      }),
    );
    expect(Group).toMatchObject({
      GroupName: 'editors',
      UserPoolId,
      Description: 'Edit',
      Precedence: 3,
      RoleArn: ROLE,
    });
    expect(Group?.CreationDate).toBeInstanceOf(Date);
    const got = await client.send(new GetGroupCommand({ UserPoolId, GroupName: 'editors' }));
    expect(got.Group).toEqual(Group);
  });

  it('refuses a second group with the same name (GroupExistsException)', async () => {
    const UserPoolId = await createPool(client);
    await client.send(new CreateGroupCommand({ UserPoolId, GroupName: 'twice' }));
    await expectAwsError(
      () => client.send(new CreateGroupCommand({ UserPoolId, GroupName: 'twice' })),
      'GroupExistsException',
    );
  });

  it('answers ResourceNotFoundException for an unknown group or pool', async () => {
    const UserPoolId = await createPool(client);
    await expectAwsError(
      () => client.send(new GetGroupCommand({ UserPoolId, GroupName: 'nope' })),
      'ResourceNotFoundException',
    );
    await expectAwsError(
      () =>
        client.send(new CreateGroupCommand({ UserPoolId: 'us-east-1_doesNotEx', GroupName: 'x' })),
      'ResourceNotFoundException',
    );
  });

  // AWS: RoleArn has a minimum length of 20 (API_UpdateGroup.html), so "" cannot clear a role.
  itAws('rejects a RoleArn shorter than 20 characters', async () => {
    const UserPoolId = await createPool(client);
    await client.send(new CreateGroupCommand({ UserPoolId, GroupName: 'g', RoleArn: ROLE }));
    await expectAwsError(
      () => client.send(new UpdateGroupCommand({ UserPoolId, GroupName: 'g', RoleArn: '' })),
      'InvalidParameterException',
    );
  });

  it('UpdateGroup changes what it is sent and keeps what it omits', async () => {
    const UserPoolId = await createPool(client);
    await client.send(
      new CreateGroupCommand({
        UserPoolId,
        GroupName: 'g',
        Description: 'old',
        Precedence: 1,
        RoleArn: ROLE,
      }),
    );
    const { Group } = await client.send(
      new UpdateGroupCommand({ UserPoolId, GroupName: 'g', Description: 'new' }),
    );
    expect(Group).toMatchObject({ Description: 'new', Precedence: 1, RoleArn: ROLE });
  });

  it('pages ListGroups with Limit and NextToken, each group once', async () => {
    const UserPoolId = await createPool(client);
    const names = ['a', 'b', 'c', 'd', 'e'];
    for (const GroupName of names)
      await client.send(new CreateGroupCommand({ UserPoolId, GroupName }));
    const seen: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(new ListGroupsCommand({ UserPoolId, Limit: 2, NextToken }));
      expect(page.Groups!.length).toBeLessThanOrEqual(2);
      seen.push(...page.Groups!.map((g) => g.GroupName!));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(seen.sort()).toEqual(names);
  });

  // AWS: Limit is 0-60 (API_ListGroups.html; cognito-behaviour.md item 20).
  itAws('rejects ListGroups with Limit above 60', async () => {
    const UserPoolId = await createPool(client);
    await expectAwsError(
      () => client.send(new ListGroupsCommand({ UserPoolId, Limit: 61 })),
      'InvalidParameterException',
    );
  });

  it('lists the members of a group as UserType and pages them', async () => {
    const UserPoolId = await createPool(client);
    await client.send(new CreateGroupCommand({ UserPoolId, GroupName: 'team' }));
    const members = ['ann', 'bob', 'cid'];
    for (const Username of [...members, 'outsider']) {
      await client.send(
        new AdminCreateUserCommand({ UserPoolId, Username, MessageAction: 'SUPPRESS' }),
      );
    }
    for (const Username of members) {
      await client.send(
        new AdminAddUserToGroupCommand({ UserPoolId, Username, GroupName: 'team' }),
      );
    }
    const seen: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(
        new ListUsersInGroupCommand({ UserPoolId, GroupName: 'team', Limit: 2, NextToken }),
      );
      for (const user of page.Users!) {
        expect(user.UserStatus).toBe('FORCE_CHANGE_PASSWORD');
        expect(user.Enabled).toBe(true);
        expect(user.Attributes?.some((a) => a.Name === 'sub')).toBe(true);
      }
      seen.push(...page.Users!.map((u) => u.Username!));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(seen.sort()).toEqual(members);
    await expectAwsError(
      () => client.send(new ListUsersInGroupCommand({ UserPoolId, GroupName: 'nope' })),
      'ResourceNotFoundException',
    );
  });

  it('DeleteGroup removes the group from its members', async () => {
    const UserPoolId = await createPool(client);
    await client.send(new CreateGroupCommand({ UserPoolId, GroupName: 'gone' }));
    await client.send(new CreateGroupCommand({ UserPoolId, GroupName: 'kept' }));
    await client.send(
      new AdminCreateUserCommand({ UserPoolId, Username: 'member', MessageAction: 'SUPPRESS' }),
    );
    for (const GroupName of ['gone', 'kept']) {
      await client.send(
        new AdminAddUserToGroupCommand({ UserPoolId, Username: 'member', GroupName }),
      );
    }
    await client.send(new DeleteGroupCommand({ UserPoolId, GroupName: 'gone' }));
    await expectAwsError(
      () => client.send(new GetGroupCommand({ UserPoolId, GroupName: 'gone' })),
      'ResourceNotFoundException',
    );
    const { Groups } = await client.send(
      new AdminListGroupsForUserCommand({ UserPoolId, Username: 'member' }),
    );
    expect(Groups!.map((g) => g.GroupName)).toEqual(['kept']);
    await expectAwsError(
      () => client.send(new DeleteGroupCommand({ UserPoolId, GroupName: 'gone' })),
      'ResourceNotFoundException',
    );
  });
});
