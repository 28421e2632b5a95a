/** The account and partition a user pool's ARN names: arn:aws:cognito-idp:REGION:ACCOUNT:userpool/ID. */
export function accountOfPoolArn(arn: string | undefined): string | undefined {
  return /^arn:[\w-]+:cognito-idp:[\w-]+:(\d{12}):userpool\//.exec(arn ?? '')?.[1];
}

const partitionOf = (region: string) =>
  region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';

/** What CreateUserImportJob accepts as CloudWatchLogsRoleArn: an IAM role's ARN. */
export const ROLE_ARN_PATTERN = /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

/**
 * The role an import job logs through (cognito-user-pools-using-import-tool-cli-cloudwatch-iam-role):
 * it may create and write log groups under /aws/cognito/, and only Cognito, on behalf of this pool,
 * may assume it.
 */
export function logsRolePolicies({
  region,
  account,
  poolId,
}: {
  region: string;
  account: string;
  poolId: string;
}) {
  const partition = partitionOf(region);
  const permissions = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: [
          'logs:CreateLogGroup',
          'logs:CreateLogStream',
          'logs:DescribeLogStreams',
          'logs:PutLogEvents',
        ],
        Resource: [`arn:${partition}:logs:${region}:${account}:log-group:/aws/cognito/*`],
      },
    ],
  };
  const trust = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 'cognito-idp.amazonaws.com' },
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: { 'aws:SourceAccount': account },
          ArnLike: {
            'aws:SourceArn': `arn:${partition}:cognito-idp:${region}:${account}:userpool/${poolId}`,
          },
        },
      },
    ],
  };
  return {
    permissions: JSON.stringify(permissions, null, 2),
    trust: JSON.stringify(trust, null, 2),
  };
}
