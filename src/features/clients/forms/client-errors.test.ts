import { describe, expect, it } from 'vitest';
import { clientErrorField } from './client-errors';

const awsError = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('clientErrorField', () => {
  it('routes named exceptions to their field', () => {
    expect(clientErrorField(awsError('ScopeDoesNotExistException', 'Invalid scope'))).toBe(
      'allowedOAuthScopes',
    );
    expect(clientErrorField(awsError('InvalidOAuthFlowException', 'x'))).toBe('allowedOAuthFlows');
  });

  it('finds the member an InvalidParameterException names', () => {
    expect(
      clientErrorField(
        awsError('InvalidParameterException', 'CallbackURLs: http://a must use HTTPS'),
      ),
    ).toBe('callbackUrls');
    expect(
      clientErrorField(
        awsError(
          'InvalidParameterException',
          'DefaultRedirectURI must be one of the CallbackURLs.',
        ),
      ),
    ).toBe('defaultRedirectUri');
    expect(
      clientErrorField(
        awsError(
          'InvalidParameterException',
          'Invalid write attributes specified while creating a client',
        ),
      ),
    ).toBe('writeAttributes');
    expect(
      clientErrorField(
        awsError('InvalidParameterException', 'The provider Nope does not exist for User Pool p'),
      ),
    ).toBe('supportedIdentityProviders');
  });

  it('leaves other errors for the top of the form', () => {
    expect(clientErrorField(awsError('LimitExceededException', 'too many'))).toBeUndefined();
  });
});
