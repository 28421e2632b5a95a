import { describe, expect, it } from 'vitest';
import { domainErrorFields } from './domain-errors';

const awsError = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('domainErrorFields', () => {
  it('puts a taken domain on the domain fields', () => {
    expect(
      domainErrorFields(
        awsError('InvalidParameterException', 'Domain already associated with another user pool.'),
      ),
    ).toEqual(['kind', 'prefix', 'hostname']);
  });

  it('puts a certificate problem on the certificate', () => {
    expect(
      domainErrorFields(awsError('InvalidParameterException', 'The certificate ARN is invalid.')),
    ).toEqual(['certificateArn']);
  });

  it('leaves other refusals to the whole form', () => {
    expect(domainErrorFields(awsError('LimitExceededException', 'Domain limit'))).toEqual([]);
  });
});
