import { describe, expect, it } from 'vitest';
import { flowError } from './flow-errors';

const legacy = { hidesUserExistence: false };
const hidden = { hidesUserExistence: true };

describe('flowError', () => {
  it('puts code problems at the code field, each in its own words', () => {
    expect(
      flowError(
        'CodeMismatchException',
        'Invalid verification code provided, please try again.',
        legacy,
      ),
    ).toEqual({
      field: 'code',
      message: 'That code is wrong. Check it and try again.',
    });
    expect(flowError('ExpiredCodeException', 'x', legacy).message).toMatch(/expired/);
    expect(
      flowError(
        'LimitExceededException',
        'Attempt limit exceeded, please try after some time.',
        legacy,
      ),
    ).toMatchObject({
      field: 'code',
      message: expect.stringMatching(/Too many tries/) as unknown,
    });
  });

  it('tells an unknown user apart only when the client reveals it', () => {
    expect(flowError('UserNotFoundException', 'User does not exist.', legacy)).toMatchObject({
      field: 'username',
      message: expect.stringMatching(
        /No such user.*PreventUserExistenceErrors is LEGACY/,
      ) as unknown,
    });
    expect(
      flowError('NotAuthorizedException', 'Incorrect username or password.', hidden),
    ).toMatchObject({
      field: 'password',
      message: expect.stringMatching(/prevents user existence errors/) as unknown,
    });
    expect(
      flowError('NotAuthorizedException', 'Incorrect username or password.', legacy).message,
    ).toBe('Incorrect username or password.');
  });

  it('falls back to AWS’s own words for the whole form', () => {
    expect(flowError('NotAuthorizedException', 'Refresh Token has been revoked', legacy)).toEqual({
      field: 'form',
      message: 'Refresh Token has been revoked',
    });
    expect(flowError('InternalErrorException', 'boom', legacy)).toEqual({
      field: 'form',
      message: 'InternalErrorException: boom',
    });
  });
});
