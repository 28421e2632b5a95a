import { describe, expect, it } from 'vitest';
import { cliCommandName, shellQuote, toAwsCli } from './cli-export';
import { answered, failed, startEntry } from './trace';

describe('Copy as AWS CLI', () => {
  it('names commands as the AWS CLI does', () => {
    expect(cliCommandName('InitiateAuth')).toBe('initiate-auth');
    expect(cliCommandName('GetUserAttributeVerificationCode')).toBe(
      'get-user-attribute-verification-code',
    );
    expect(cliCommandName('AdminRespondToAuthChallenge')).toBe('admin-respond-to-auth-challenge');
    expect(cliCommandName('SetUserMFAPreference')).toBe('set-user-mfa-preference');
  });

  it('quotes single quotes for the shell', () => {
    expect(shellQuote(`it's`)).toBe(`'it'\\''s'`);
  });

  it('writes one command per call with placeholders for secrets, unsigned calls without signing', () => {
    const signUp = answered(
      startEntry(1, 'SignUp', { ClientId: 'c1', Username: 'ann', Password: 'Secret-1!' }, false),
      { UserConfirmed: false },
    );
    const admin = failed(
      startEntry(
        2,
        'AdminInitiateAuth',
        {
          UserPoolId: 'us-east-1_X',
          ClientId: 'c1',
          AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: 'ann', PASSWORD: 'Secret-1!' },
        },
        true,
      ),
      { name: 'NotAuthorizedException', message: 'Incorrect username or password.' },
    );
    const script = toAwsCli([signUp, admin], {
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9119',
    });
    expect(script).not.toContain('Secret-1!');
    expect(script).toContain(
      `aws cognito-idp sign-up --region us-east-1 --endpoint-url http://127.0.0.1:9119 --no-sign-request --cli-input-json '{"ClientId":"c1","Username":"ann","Password":"<password>"}'`,
    );
    expect(script).toContain(
      `aws cognito-idp admin-initiate-auth --region us-east-1 --endpoint-url http://127.0.0.1:9119 --cli-input-json '{"UserPoolId":"us-east-1_X","ClientId":"c1","AuthFlow":"ADMIN_USER_PASSWORD_AUTH","AuthParameters":{"USERNAME":"ann","PASSWORD":"<password>"}}'`,
    );
    expect(script).toContain('# Signed with your AWS credentials');
  });

  it('says where SRP cannot be reproduced from a shell, and adds no endpoint on AWS', () => {
    const srp = startEntry(
      1,
      'InitiateAuth',
      { AuthFlow: 'USER_SRP_AUTH', AuthParameters: { USERNAME: 'a', SRP_A: 'ff' } },
      false,
    );
    const script = toAwsCli([srp], { region: 'eu-west-1' });
    expect(script).toContain('the AWS CLI cannot compute SRP_A');
    expect(script).not.toContain('--endpoint-url');
    expect(script).toContain('"SRP_A":"<srp-a>"');
  });
});
