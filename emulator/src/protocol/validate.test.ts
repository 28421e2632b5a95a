import { describe, expect, it } from 'vitest';
import type { ServiceName } from './context.ts';
import { AwsError } from './errors.ts';
import { COGNITO_IDENTITY, COGNITO_IDP } from './model.generated.ts';
import {
  compileModelPattern,
  isPublicOperation,
  modelOperations,
  validateInput,
} from './validate.ts';

function rejection(service: ServiceName, operation: string, input: unknown): AwsError {
  try {
    validateInput(service, operation, input);
  } catch (error) {
    if (error instanceof AwsError) return error;
    throw error;
  }
  throw new Error(`${operation} accepted ${JSON.stringify(input)}`);
}

const idp = (operation: string, input: unknown) => rejection('cognito-idp', operation, input);
const POOL = 'us-east-1_Abc123';

describe('validateInput constraints', () => {
  it('accepts a valid input and ignores unknown members', () => {
    expect(() =>
      validateInput('cognito-idp', 'ListUsers', { UserPoolId: POOL, Limit: 60, Whatever: [1] }),
    ).not.toThrow();
  });

  it('reads a decimal in an integer member as Coral does: truncated, then checked', () => {
    const input: Record<string, unknown> = { UserPoolId: POOL, Limit: 1.5 };
    validateInput('cognito-idp', 'ListUsers', input);
    expect(input.Limit).toBe(1);
    expect(idp('ListUsers', { UserPoolId: POOL, Limit: 60.9 + 1 }).message).toBe(
      "1 validation error detected: Value '61' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60",
    );
  });

  it('reports a missing required member as null', () => {
    const error = idp('ListUserPools', {});
    expect(error.type).toBe('InvalidParameterException');
    expect(error.message).toBe(
      "1 validation error detected: Value null at 'maxResults' failed to satisfy constraint: Member must not be null",
    );
  });

  it('reports a value below the minimum', () => {
    expect(idp('ListUserPools', { MaxResults: 0 }).message).toBe(
      "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });

  it('treats an explicit null like a missing member', () => {
    expect(idp('ListUserPools', { MaxResults: null }).message).toContain(
      "Value null at 'maxResults'",
    );
  });

  it('reports ranges and patterns, several at once', () => {
    expect(idp('ListUsers', { UserPoolId: 'x y', Limit: 61 }).message).toBe(
      '2 validation errors detected: ' +
        "Value 'x y' at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+; " +
        "Value '61' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60",
    );
  });

  it('reports length violations', () => {
    expect(idp('CreateUserPool', { PoolName: '' }).message).toContain(
      "Value '' at 'poolName' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    expect(
      idp('DescribeUserPool', { UserPoolId: `us-east-1_${'a'.repeat(60)}` }).message,
    ).toContain('Member must have length less than or equal to 55');
  });

  it('lists the enum values when a value is outside them', () => {
    expect(idp('InitiateAuth', { AuthFlow: 'NOPE', ClientId: 'abc' }).message).toMatch(
      /^1 validation error detected: Value 'NOPE' at 'authFlow' failed to satisfy constraint: Member must satisfy enum value set: \[USER_SRP_AUTH, .*USER_PASSWORD_AUTH.*\]$/,
    );
  });

  it('names nested members with 1-based list indexes', () => {
    const error = idp('AdminCreateUser', {
      UserPoolId: POOL,
      Username: 'alice',
      UserAttributes: [{ Name: 'email', Value: 'a@example.com' }, { Value: 'x' }],
    });
    expect(error.message).toBe(
      "1 validation error detected: Value null at 'userAttributes.2.member.name' failed to satisfy constraint: Member must not be null",
    );
  });

  it('reports a list of scalars once with every member constraint', () => {
    const error = idp('AdminDeleteUserAttributes', {
      UserPoolId: POOL,
      Username: 'alice',
      UserAttributeNames: ['', 'email'],
    });
    expect(error.message).toBe(
      "1 validation error detected: Value '[, email]' at 'userAttributeNames' failed to satisfy constraint: " +
        'Member must satisfy constraint: [Member must have length less than or equal to 32, ' +
        'Member must have length greater than or equal to 1, ' +
        'Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r ]+, Member must not be null]',
    );
  });

  it('reports map values against the value shape', () => {
    const error = idp('TagResource', {
      ResourceArn: 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Abc123',
      Tags: { team: 'x'.repeat(257) },
    });
    expect(error.message).toMatch(
      /^1 validation error detected: Value '\{team=x+\}' at 'tags' failed to satisfy constraint: Map value must satisfy constraint: \[Member must have length less than or equal to 256, Member must have length greater than or equal to 0\]$/,
    );
  });

  it('names map values of structures by their key', () => {
    const error = rejection('cognito-identity', 'SetIdentityPoolRoles', {
      IdentityPoolId: 'us-east-1:0000-1111',
      Roles: {},
      RoleMappings: { 'accounts.google.com': { Type: 'Nope' } },
    });
    expect(error.message).toBe(
      "1 validation error detected: Value 'Nope' at 'roleMappings.accounts.google.com.member.type' failed to satisfy constraint: " +
        'Member must satisfy enum value set: [Token, Rules]',
    );
  });

  it('never echoes a sensitive value', () => {
    const error = idp('SignUp', { ClientId: 'abc', Username: 'a b' });
    expect(error.message).toBe(
      "1 validation error detected: Value at 'username' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+",
    );
  });
});

describe('validateInput JSON types', () => {
  it.each([
    ['ListUserPools', { MaxResults: '5' }, 'STRING_VALUE can not be converted to an Integer'],
    ['ListUserPools', { MaxResults: true }, 'TRUE_VALUE can not be converted to an Integer'],
    [
      'ListUserPools',
      { MaxResults: 5, NextToken: 7 },
      'NUMBER_VALUE can not be converted to a String',
    ],
    ['ListUsers', { UserPoolId: [POOL] }, 'Start of list found where not expected'],
    ['ListUsers', { UserPoolId: {} }, 'Start of structure or map found where not expected.'],
    [
      'AdminCreateUser',
      { UserPoolId: POOL, Username: 'u', UserAttributes: 'x' },
      'Expected list or null',
    ],
    ['AdminCreateUser', { UserPoolId: POOL, Username: 'u', UserAttributes: [1] }, 'Expected null'],
  ])('%s %j is a SerializationException', (operation, input, message) => {
    const error = idp(operation, input);
    expect(error.type).toBe('SerializationException');
    expect(error.message).toBe(message);
  });

  it('reports a type error before any constraint violation', () => {
    expect(idp('ListUsers', { UserPoolId: 'x y', Limit: 'ten' }).type).toBe(
      'SerializationException',
    );
  });
});

describe('model patterns', () => {
  const patterns = [COGNITO_IDP, COGNITO_IDENTITY].flatMap((model) =>
    Object.values(model.shapes).flatMap((shape) =>
      shape.type === 'string' && shape.pattern ? [shape.pattern] : [],
    ),
  );

  it('compiles every pattern of both models', () => {
    expect(patterns.length).toBeGreaterThan(40);
    for (const pattern of new Set(patterns))
      expect(() => compileModelPattern(pattern)).not.toThrow();
  });

  it('matches the whole value, with Unicode classes and Java whitespace', () => {
    expect(compileModelPattern('[\\w-]+_[0-9a-zA-Z]+').test('us-east-1_Abc')).toBe(true);
    expect(compileModelPattern('[\\w-]+_[0-9a-zA-Z]+').test('us-east-1_Abc!')).toBe(false);
    expect(compileModelPattern('[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+').test('Zoë')).toBe(true);
    expect(compileModelPattern('[\\S]+').test('a\u00a0b')).toBe(true);
    expect(compileModelPattern('[\\S]+').test('a b')).toBe(false);
    expect(compileModelPattern('(?s).*').test('two\nlines')).toBe(true);
    expect(compileModelPattern('^[0-9A-Za-z\\.\\-_]*(?<!\\.)$').test('name.')).toBe(false);
  });
});

describe('operations from the model', () => {
  it('lists every operation of each service', () => {
    expect(modelOperations('cognito-idp')).toContain('ListUserPools');
    expect(modelOperations('cognito-idp').length).toBeGreaterThan(100);
    expect(modelOperations('cognito-identity')).toContain('GetCredentialsForIdentity');
  });

  it('knows which operations need no signature', () => {
    for (const op of ['InitiateAuth', 'RespondToAuthChallenge', 'SignUp']) {
      expect(isPublicOperation('cognito-idp', op)).toBe(true);
    }
    for (const op of ['GetId', 'GetCredentialsForIdentity']) {
      expect(isPublicOperation('cognito-identity', op)).toBe(true);
    }
    expect(isPublicOperation('cognito-idp', 'ListUserPools')).toBe(false);
    expect(isPublicOperation('cognito-idp', 'AdminInitiateAuth')).toBe(false);
  });
});
