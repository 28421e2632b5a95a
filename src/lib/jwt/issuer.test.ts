import { describe, expect, it } from 'vitest';
import { issuerOfPool, issuerProblem, jwksUrlOf, parseCognitoIssuer } from './issuer';

const iss = 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Partners1';

describe('the pool a token belongs to', () => {
  it('reads region and pool from a user pool issuer', () => {
    expect(parseCognitoIssuer(iss)).toEqual({
      region: 'eu-west-1',
      poolId: 'eu-west-1_Partners1',
      issuer: iss,
    });
    expect(
      parseCognitoIssuer('https://cognito-idp.us-gov-west-1.amazonaws.com/us-gov-west-1_Ab1'),
    ).toMatchObject({ region: 'us-gov-west-1' });
  });

  it('refuses an issuer that is not a user pool, or whose pool is of another region', () => {
    expect(parseCognitoIssuer('https://accounts.google.com')).toBeUndefined();
    expect(
      parseCognitoIssuer('https://cognito-idp.us-east-1.amazonaws.com/eu-west-1_Partners1'),
    ).toBeUndefined();
    expect(parseCognitoIssuer(`${iss}/`)).toBeUndefined();
    expect(
      parseCognitoIssuer('https://cognito-idp.us-east-1.amazonaws.com.evil.example/us-east-1_A'),
    ).toBeUndefined();
    expect(parseCognitoIssuer(42)).toBeUndefined();
    expect(issuerProblem(undefined)).toMatch(/no issuer/);
    expect(issuerProblem('https://accounts.google.com')).toBe(
      'The issuer https://accounts.google.com is not a Cognito user pool (https://cognito-idp.<region>.amazonaws.com/<pool id>).',
    );
    expect(issuerProblem(iss)).toBeUndefined();
  });

  it('finds the JWKS under the issuer on AWS, or under the configured endpoint', () => {
    const issuer = parseCognitoIssuer(iss)!;
    expect(jwksUrlOf(issuer)).toBe(`${iss}/.well-known/jwks.json`);
    expect(jwksUrlOf(issuer, 'http://127.0.0.1:9119/')).toBe(
      'http://127.0.0.1:9119/eu-west-1_Partners1/.well-known/jwks.json',
    );
  });
});

describe('issuerOfPool', () => {
  it('is the issuer Cognito writes, and reads back as the same pool', () => {
    expect(issuerOfPool('eu-west-1_Partners1')).toEqual(parseCognitoIssuer(iss));
  });
});
