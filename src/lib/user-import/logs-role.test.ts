import { describe, expect, it } from 'vitest';
import { accountOfPoolArn, logsRolePolicies, ROLE_ARN_PATTERN } from './logs-role';

describe('the CloudWatch Logs role of an import job', () => {
  it("reads the account from the pool's ARN", () => {
    expect(
      accountOfPoolArn('arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Ab'),
    ).toBe('123456789012');
    expect(accountOfPoolArn(undefined)).toBeUndefined();
  });

  it('lets only Cognito, for this pool, assume it, and write logs under /aws/cognito/', () => {
    const { permissions, trust } = logsRolePolicies({
      region: 'cn-north-1',
      account: '123456789012',
      poolId: 'cn-north-1_Ab',
    });
    expect(JSON.parse(permissions).Statement[0]).toEqual({
      Effect: 'Allow',
      Action: [
        'logs:CreateLogGroup',
        'logs:CreateLogStream',
        'logs:DescribeLogStreams',
        'logs:PutLogEvents',
      ],
      Resource: ['arn:aws-cn:logs:cn-north-1:123456789012:log-group:/aws/cognito/*'],
    });
    const statement = JSON.parse(trust).Statement[0];
    expect(statement.Principal).toEqual({ Service: 'cognito-idp.amazonaws.com' });
    expect(statement.Action).toBe('sts:AssumeRole');
    expect(statement.Condition.ArnLike['aws:SourceArn']).toBe(
      'arn:aws-cn:cognito-idp:cn-north-1:123456789012:userpool/cn-north-1_Ab',
    );
  });

  it('takes an IAM role ARN and nothing else', () => {
    expect(ROLE_ARN_PATTERN.test('arn:aws:iam::123456789012:role/service-role/CognitoImport')).toBe(
      true,
    );
    expect(ROLE_ARN_PATTERN.test('arn:aws:iam::123456789012:user/ann')).toBe(false);
    expect(ROLE_ARN_PATTERN.test('CognitoImport')).toBe(false);
  });
});
