import {
  AdminAddUserToGroupCommand,
  AdminConfirmSignUpCommand,
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminResetUserPasswordCommand,
  AdminSetUserPasswordCommand,
  AdminSetUserSettingsCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  CreateGroupCommand,
  CreateIdentityProviderCommand,
  AdminLinkProviderForUserCommand,
  AdminDisableProviderForUserCommand,
  AdminListDevicesCommand,
  AdminGetDeviceCommand,
  CreateUserPoolCommand,
  type AttributeType,
  type CognitoIdentityProviderClient,
  type CreateUserPoolCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { expectAwsError } from './support/expect-error.ts';
import { targets, uniqueName } from './support/targets.ts';

async function createPool(
  client: CognitoIdentityProviderClient,
  extra: Partial<CreateUserPoolCommandInput> = {},
) {
  const { UserPool } = await client.send(
    new CreateUserPoolCommand({ PoolName: uniqueName('users'), ...extra }),
  );
  return UserPool!.Id!;
}

const attr = (attributes: AttributeType[] | undefined, name: string) =>
  attributes?.find((a) => a.Name === name)?.Value;

describe.each(targets())('user administration on $name', (target) => {
  const client = target.admin();
  /** moto does not implement this AWS behaviour; the test documents that it differs. */
  const itAws = target.name === 'moto' ? it.fails : it;

  const createUser = (
    UserPoolId: string,
    Username: string,
    attributes: AttributeType[] = [],
    extra = {},
  ) =>
    client.send(
      new AdminCreateUserCommand({
        UserPoolId,
        Username,
        UserAttributes: attributes,
        MessageAction: 'SUPPRESS',
        TemporaryPassword: 'Temp-Pass-1234',
        ...extra,
      }),
    );

  it('creates a user in FORCE_CHANGE_PASSWORD with a generated sub, and gets it back', async () => {
    const pool = await createPool(client);
    const { User } = await createUser(pool, 'alice', [
      { Name: 'email', Value: 'alice@example.com' },
    ]);
    expect(User?.Username).toBe('alice');
    expect(User?.UserStatus).toBe('FORCE_CHANGE_PASSWORD');
    expect(User?.Enabled).toBe(true);
    expect(attr(User?.Attributes, 'sub')).toMatch(/^[0-9a-f-]{36}$/);
    const got = await client.send(new AdminGetUserCommand({ UserPoolId: pool, Username: 'alice' }));
    expect(got.Username).toBe('alice');
    expect(attr(got.UserAttributes, 'email')).toBe('alice@example.com');
    expect(got.UserCreateDate).toBeInstanceOf(Date);
    expect(got.UserStatus).toBe('FORCE_CHANGE_PASSWORD');
  });

  it('refuses a username that exists with UsernameExistsException', async () => {
    const pool = await createPool(client);
    await createUser(pool, 'bob');
    await expectAwsError(() => createUser(pool, 'bob'), 'UsernameExistsException');
  });

  // AWS: "The temporary password must conform to the password policy" (API_AdminCreateUser.html, TemporaryPassword).
  itAws(
    'refuses a temporary password that breaks the policy with InvalidPasswordException',
    async () => {
      const pool = await createPool(client);
      await expectAwsError(
        () => createUser(pool, 'weak', [], { TemporaryPassword: 'short' }),
        'InvalidPasswordException',
      );
    },
  );

  // AWS: attributes are checked against the pool schema (API_AdminCreateUser.html, UserAttributes).
  itAws('refuses an attribute the schema does not have', async () => {
    const pool = await createPool(client);
    const error = await expectAwsError(
      () => createUser(pool, 'carol', [{ Name: 'custom:nope', Value: 'x' }]),
      'InvalidParameterException',
    );
    expect(error.message).toContain('custom:nope');
  });

  // AWS checks required attributes on create (cognito-behaviour.md item 48; API_AdminCreateUser.html).
  itAws('refuses a user without a required attribute', async () => {
    const pool = await createPool(client, {
      Schema: [{ Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true }],
    });
    const error = await expectAwsError(() => createUser(pool, 'dave'), 'InvalidParameterException');
    expect(error.message).toContain('email');
  });

  // AWS: in pools with email as username the username is a UUID (cognito-behaviour.md item 17).
  it('gives email-as-username users a UUID username and finds them by email', async () => {
    const pool = await createPool(client, { UsernameAttributes: ['email'] });
    const { User } = await createUser(pool, 'erin@example.com');
    expect(User?.Username).toMatch(/^[0-9a-f-]{36}$/);
    expect(attr(User?.Attributes, 'email')).toBe('erin@example.com');
    const got = await client.send(
      new AdminGetUserCommand({ UserPoolId: pool, Username: 'erin@example.com' }),
    );
    expect(got.Username).toBe(User?.Username);
  });

  // AWS: AliasExistsException when a verified email alias belongs to someone else; ForceAliasCreation
  // moves it (API_AdminCreateUser.html, ForceAliasCreation).
  itAws(
    'refuses a verified alias held by another user unless ForceAliasCreation moves it',
    async () => {
      const pool = await createPool(client, { AliasAttributes: ['email'] });
      const verified = [
        { Name: 'email', Value: 'shared@example.com' },
        { Name: 'email_verified', Value: 'true' },
      ];
      await createUser(pool, 'first', verified);
      await expectAwsError(() => createUser(pool, 'second', verified), 'AliasExistsException');
      await createUser(pool, 'second', verified, { ForceAliasCreation: true });
      const first = await client.send(
        new AdminGetUserCommand({ UserPoolId: pool, Username: 'first' }),
      );
      expect(attr(first.UserAttributes, 'email_verified')).toBe('false');
      const byAlias = await client.send(
        new AdminGetUserCommand({ UserPoolId: pool, Username: 'shared@example.com' }),
      );
      expect(byAlias.Username).toBe('second');
    },
  );

  // AWS: Admin* calls accept the sub as Username (API_AdminGetUser.html, Username).
  itAws('finds a user by sub', async () => {
    const pool = await createPool(client);
    const { User } = await createUser(pool, 'frank');
    const sub = attr(User?.Attributes, 'sub')!;
    const got = await client.send(new AdminGetUserCommand({ UserPoolId: pool, Username: sub }));
    expect(got.Username).toBe('frank');
  });

  it('answers UserNotFoundException and ResourceNotFoundException', async () => {
    const pool = await createPool(client);
    await expectAwsError(
      () => client.send(new AdminGetUserCommand({ UserPoolId: pool, Username: 'ghost' })),
      'UserNotFoundException',
    );
    await expectAwsError(
      () =>
        client.send(new AdminGetUserCommand({ UserPoolId: 'us-east-1_doesNotEx', Username: 'x' })),
      'ResourceNotFoundException',
    );
  });

  it('deletes a user', async () => {
    const pool = await createPool(client);
    await createUser(pool, 'gina');
    await client.send(new AdminDeleteUserCommand({ UserPoolId: pool, Username: 'gina' }));
    await expectAwsError(
      () => client.send(new AdminGetUserCommand({ UserPoolId: pool, Username: 'gina' })),
      'UserNotFoundException',
    );
    await expectAwsError(
      () => client.send(new AdminDeleteUserCommand({ UserPoolId: pool, Username: 'gina' })),
      'UserNotFoundException',
    );
  });

  it('disables and enables a user', async () => {
    const pool = await createPool(client);
    await createUser(pool, 'hank');
    await client.send(new AdminDisableUserCommand({ UserPoolId: pool, Username: 'hank' }));
    expect(
      (await client.send(new AdminGetUserCommand({ UserPoolId: pool, Username: 'hank' }))).Enabled,
    ).toBe(false);
    await client.send(new AdminEnableUserCommand({ UserPoolId: pool, Username: 'hank' }));
    expect(
      (await client.send(new AdminGetUserCommand({ UserPoolId: pool, Username: 'hank' }))).Enabled,
    ).toBe(true);
  });

  // AWS: a changed email is unverified unless the request sets email_verified (API_AdminUpdateUserAttributes.html).
  itAws('updates attributes and marks a changed email unverified', async () => {
    const pool = await createPool(client);
    await createUser(pool, 'ivy', [
      { Name: 'email', Value: 'ivy@example.com' },
      { Name: 'email_verified', Value: 'true' },
    ]);
    await client.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: pool,
        Username: 'ivy',
        UserAttributes: [
          { Name: 'email', Value: 'ivy@example.org' },
          { Name: 'given_name', Value: 'Ivy' },
        ],
      }),
    );
    const got = await client.send(new AdminGetUserCommand({ UserPoolId: pool, Username: 'ivy' }));
    expect(attr(got.UserAttributes, 'email')).toBe('ivy@example.org');
    expect(attr(got.UserAttributes, 'given_name')).toBe('Ivy');
    expect(attr(got.UserAttributes, 'email_verified')).toBe('false');
  });

  // AWS: immutable attributes cannot be changed after creation (cognito-behaviour.md item 48).
  itAws('refuses to update an immutable attribute', async () => {
    const pool = await createPool(client, {
      Schema: [{ Name: 'badge', AttributeDataType: 'String', Mutable: false }],
    });
    await createUser(pool, 'jack', [{ Name: 'custom:badge', Value: 'A1' }]);
    await expectAwsError(
      () =>
        client.send(
          new AdminUpdateUserAttributesCommand({
            UserPoolId: pool,
            Username: 'jack',
            UserAttributes: [{ Name: 'custom:badge', Value: 'B2' }],
          }),
        ),
      'InvalidParameterException',
    );
  });

  // AWS: "Required attribute cannot be deleted" (cognito-behaviour.md item 47).
  itAws('deletes attributes but not a required one', async () => {
    const pool = await createPool(client, {
      Schema: [{ Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true }],
    });
    await createUser(pool, 'kim', [
      { Name: 'email', Value: 'kim@example.com' },
      { Name: 'given_name', Value: 'Kim' },
    ]);
    await client.send(
      new AdminDeleteUserAttributesCommand({
        UserPoolId: pool,
        Username: 'kim',
        UserAttributeNames: ['given_name'],
      }),
    );
    const got = await client.send(new AdminGetUserCommand({ UserPoolId: pool, Username: 'kim' }));
    expect(attr(got.UserAttributes, 'given_name')).toBeUndefined();
    const error = await expectAwsError(
      () =>
        client.send(
          new AdminDeleteUserAttributesCommand({
            UserPoolId: pool,
            Username: 'kim',
            UserAttributeNames: ['email'],
          }),
        ),
      'InvalidParameterException',
    );
    expect(error.message).toContain('Required attribute cannot be deleted');
  });

  // AWS confirms only UNCONFIRMED users: "User cannot be confirmed. Current status is …"
  // (API_AdminConfirmSignUp.html, NotAuthorizedException). The success path needs SignUp.
  itAws('refuses to confirm a user that is not UNCONFIRMED', async () => {
    const pool = await createPool(client);
    await createUser(pool, 'leo');
    const error = await expectAwsError(
      () => client.send(new AdminConfirmSignUpCommand({ UserPoolId: pool, Username: 'leo' })),
      'NotAuthorizedException',
    );
    expect(error.message).toBe('User cannot be confirmed. Current status is FORCE_CHANGE_PASSWORD');
  });

  it('sets a permanent or temporary password', async () => {
    const pool = await createPool(client);
    await createUser(pool, 'mia');
    await client.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: pool,
        Username: 'mia',
        Password: 'Perm-Pass-1234',
        Permanent: true,
      }),
    );
    expect(
      (await client.send(new AdminGetUserCommand({ UserPoolId: pool, Username: 'mia' })))
        .UserStatus,
    ).toBe('CONFIRMED');
    await client.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: pool,
        Username: 'mia',
        Password: 'Temp-Pass-5678',
        Permanent: false,
      }),
    );
    expect(
      (await client.send(new AdminGetUserCommand({ UserPoolId: pool, Username: 'mia' })))
        .UserStatus,
    ).toBe('FORCE_CHANGE_PASSWORD');
    await expectAwsError(
      () =>
        client.send(
          new AdminSetUserPasswordCommand({
            UserPoolId: pool,
            Username: 'mia',
            Password: 'nopolicy',
          }),
        ),
      'InvalidPasswordException',
    );
  });

  it('resets a password to RESET_REQUIRED when the user has a verified email', async () => {
    const pool = await createPool(client);
    await createUser(pool, 'nia', [
      { Name: 'email', Value: 'nia@example.com' },
      { Name: 'email_verified', Value: 'true' },
    ]);
    await client.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: pool,
        Username: 'nia',
        Password: 'Perm-Pass-1234',
        Permanent: true,
      }),
    );
    await client.send(new AdminResetUserPasswordCommand({ UserPoolId: pool, Username: 'nia' }));
    expect(
      (await client.send(new AdminGetUserCommand({ UserPoolId: pool, Username: 'nia' })))
        .UserStatus,
    ).toBe('RESET_REQUIRED');
  });

  // moto does not implement AdminSetUserSettings (API_AdminSetUserSettings.html documents it).
  itAws('sets MFA options with AdminSetUserSettings', async () => {
    const pool = await createPool(client);
    await createUser(pool, 'otto', [{ Name: 'phone_number', Value: '+15555550100' }]);
    await client.send(
      new AdminSetUserSettingsCommand({
        UserPoolId: pool,
        Username: 'otto',
        MFAOptions: [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }],
      }),
    );
    const got = await client.send(new AdminGetUserCommand({ UserPoolId: pool, Username: 'otto' }));
    expect(got.MFAOptions).toEqual([{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }]);
  });

  it('signs a user out globally', async () => {
    const pool = await createPool(client);
    await createUser(pool, 'pia');
    await client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: pool, Username: 'pia' }));
    await expectAwsError(
      () =>
        client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: pool, Username: 'nobody' })),
      'UserNotFoundException',
    );
  });

  it('adds to, lists and removes from groups with Limit and NextToken', async () => {
    const pool = await createPool(client);
    await createUser(pool, 'quinn');
    for (const GroupName of ['alpha', 'beta', 'gamma']) {
      await client.send(new CreateGroupCommand({ UserPoolId: pool, GroupName }));
      await client.send(
        new AdminAddUserToGroupCommand({ UserPoolId: pool, Username: 'quinn', GroupName }),
      );
    }
    const seen: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(
        new AdminListGroupsForUserCommand({
          UserPoolId: pool,
          Username: 'quinn',
          Limit: 2,
          NextToken,
        }),
      );
      expect(page.Groups!.length).toBeLessThanOrEqual(2);
      seen.push(...page.Groups!.map((g) => g.GroupName!));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(seen.sort()).toEqual(['alpha', 'beta', 'gamma']);
    await client.send(
      new AdminRemoveUserFromGroupCommand({
        UserPoolId: pool,
        Username: 'quinn',
        GroupName: 'beta',
      }),
    );
    const after = await client.send(
      new AdminListGroupsForUserCommand({ UserPoolId: pool, Username: 'quinn' }),
    );
    expect(after.Groups!.map((g) => g.GroupName).sort()).toEqual(['alpha', 'gamma']);
    await expectAwsError(
      () =>
        client.send(
          new AdminAddUserToGroupCommand({
            UserPoolId: pool,
            Username: 'quinn',
            GroupName: 'missing',
          }),
        ),
      'ResourceNotFoundException',
    );
  });

  // The emulator's own outbox: what AWS would have emailed (not an AWS API, so emulator only).
  const itEmulator = target.name === 'emulator' ? it : it.skip;
  itEmulator('puts the invitation with the temporary password in the outbox', async () => {
    const pool = await createPool(client);
    const email = `${uniqueName('invite')}@example.com`;
    await client.send(
      new AdminCreateUserCommand({
        UserPoolId: pool,
        Username: 'rex',
        TemporaryPassword: 'Temp-Pass-1234',
        DesiredDeliveryMediums: ['EMAIL'],
        UserAttributes: [{ Name: 'email', Value: email }],
      }),
    );
    const res = await fetch(`${target.url}/_emulator/outbox?to=${encodeURIComponent(email)}`);
    const { messages } = (await res.json()) as {
      messages: { kind: string; code: string; body: string }[];
    };
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ kind: 'invitation', code: 'Temp-Pass-1234' });
    expect(messages[0]!.body).toContain('rex');
  });

  // AWS: a user without remembered devices lists none; an unknown key is ResourceNotFoundException
  // (API_AdminListDevices.html, API_AdminGetDevice.html).
  itAws('lists no devices for a new user and refuses an unknown device key', async () => {
    const pool = await createPool(client);
    await createUser(pool, 'sam');
    const listed = await client.send(
      new AdminListDevicesCommand({ UserPoolId: pool, Username: 'sam' }),
    );
    expect(listed.Devices).toEqual([]);
    await expectAwsError(
      () =>
        client.send(
          new AdminGetDeviceCommand({
            UserPoolId: pool,
            Username: 'sam',
            DeviceKey: 'us-east-1_00000000-0000-0000-0000-000000000000',
          }),
        ),
      'ResourceNotFoundException',
    );
  });

  // AWS: SourceUser is an external IdP identity; social IdPs use Cognito_Subject (API_AdminLinkProviderForUser.html).
  itAws('links a Google identity to a native user and disables it again', async () => {
    const pool = await createPool(client);
    await createUser(pool, 'tess');
    await client.send(
      new CreateIdentityProviderCommand({
        UserPoolId: pool,
        ProviderName: 'Google',
        ProviderType: 'Google',
        ProviderDetails: {
          client_id: 'id',
          client_secret: 'secret',
          authorize_scopes: 'openid email',
        },
      }),
    );
    const source = {
      ProviderName: 'Google',
      ProviderAttributeName: 'Cognito_Subject',
      ProviderAttributeValue: '1234567890',
    };
    await client.send(
      new AdminLinkProviderForUserCommand({
        UserPoolId: pool,
        DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: 'tess' },
        SourceUser: source,
      }),
    );
    const linked = await client.send(
      new AdminGetUserCommand({ UserPoolId: pool, Username: 'tess' }),
    );
    expect(JSON.parse(attr(linked.UserAttributes, 'identities')!)).toMatchObject([
      { userId: '1234567890', providerName: 'Google' },
    ]);
    await expectAwsError(
      () =>
        client.send(
          new AdminLinkProviderForUserCommand({
            UserPoolId: pool,
            DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: 'nobody' },
            SourceUser: { ...source, ProviderAttributeValue: '999' },
          }),
        ),
      'UserNotFoundException',
    );
    await client.send(new AdminDisableProviderForUserCommand({ UserPoolId: pool, User: source }));
    const after = await client.send(
      new AdminGetUserCommand({ UserPoolId: pool, Username: 'tess' }),
    );
    expect(attr(after.UserAttributes, 'identities')).toBeUndefined();
  });
});
