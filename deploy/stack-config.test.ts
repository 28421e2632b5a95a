import { describe, expect, it } from 'vitest';
import { configFromStackOutputs, stackOutputsOf } from './stack-config.ts';

const outputs = [
  { OutputKey: 'Region', OutputValue: 'eu-west-1' },
  { OutputKey: 'UserPoolId', OutputValue: 'eu-west-1_AbCdEf123' },
  { OutputKey: 'ClientId', OutputValue: '1h2j3k4l5m6n7o8p9q0r1s2t3u' },
  { OutputKey: 'IdentityPoolId', OutputValue: 'eu-west-1:11111111-2222-3333-4444-555555555555' },
  { OutputKey: 'Regions', OutputValue: 'eu-west-1,eu-west-1,us-east-1' },
  { OutputKey: 'ConsoleUrl', OutputValue: 'https://d111111abcdef8.cloudfront.net' },
];

describe("config.json from the stack's outputs", () => {
  it('takes every key from its output, each region once with the stack region first', () => {
    expect(configFromStackOutputs(outputs)).toEqual({
      ok: true,
      config: {
        region: 'eu-west-1',
        userPoolId: 'eu-west-1_AbCdEf123',
        clientId: '1h2j3k4l5m6n7o8p9q0r1s2t3u',
        identityPoolId: 'eu-west-1:11111111-2222-3333-4444-555555555555',
        regions: ['eu-west-1', 'us-east-1'],
      },
    });
  });

  it('reads the whole describe-stacks answer as well as its Outputs list', () => {
    expect(stackOutputsOf({ Stacks: [{ StackName: 'console', Outputs: outputs }] })).toEqual(
      outputs,
    );
    expect(stackOutputsOf(outputs)).toEqual(outputs);
    expect(() => stackOutputsOf({ Stacks: [] })).toThrow('Expected one stack, got 0.');
  });

  it("names the missing outputs of a stack that is not the console's", () => {
    expect(configFromStackOutputs(outputs.slice(0, 2))).toEqual({
      ok: false,
      problems: [
        "The stack has no output ClientId, IdentityPoolId, Regions: is it the console's stack?",
      ],
    });
  });

  it('refuses values the console would refuse, with the key at fault', () => {
    const wrongRegion = outputs.map((o) =>
      o.OutputKey === 'Regions' ? { ...o, OutputValue: 'eu-west-1,Frankfurt' } : o,
    );
    const result = configFromStackOutputs(wrongRegion);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      'regions.1: must be an AWS Region such as us-east-1',
    ]);
  });
});
