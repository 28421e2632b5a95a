import { describe, expect, it } from 'vitest';
import { resourceServerErrorFields } from './resource-server-errors';

const awsError = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('resourceServerErrorFields', () => {
  it('puts a taken identifier on the identifier', () => {
    expect(
      resourceServerErrorFields(
        awsError('InvalidParameterException', 'https://api.x already exists in pool us-east-1_A.'),
      ),
    ).toEqual(['identifier']);
  });

  it('finds the member a validation message names', () => {
    expect(
      resourceServerErrorFields(
        awsError('ValidationException', "Value 'a b' at 'name' failed to satisfy constraint"),
      ),
    ).toEqual(['name']);
  });

  it('leaves other refusals to the whole form', () => {
    expect(resourceServerErrorFields(awsError('LimitExceededException', 'Too many'))).toEqual([]);
    expect(resourceServerErrorFields(new Error('network down'))).toEqual([]);
  });
});
