import { describe, expect, it } from 'vitest';
import { jobLogGroup, jobLogUrl } from './job-log';
import { curlUploadCommand, shellQuote } from './upload-command';

describe('jobLogUrl', () => {
  it("opens the job's log stream in the CloudWatch console of the pool's region", () => {
    expect(jobLogGroup('eu-west-2_Ab1', 'customers')).toBe(
      '/aws/cognito/userpools/eu-west-2_Ab1/customers',
    );
    expect(
      jobLogUrl({
        region: 'eu-west-2',
        poolId: 'eu-west-2_Ab1',
        poolName: 'customers',
        jobId: 'import-Xy9',
        jobName: 'march batch',
      }),
    ).toBe(
      'https://eu-west-2.console.aws.amazon.com/cloudwatch/home?region=eu-west-2#logsV2:log-groups/log-group/$252Faws$252Fcognito$252Fuserpools$252Feu-west-2_Ab1$252Fcustomers/log-events/import-Xy9$252Fmarch$2520batch',
    );
  });

  it('uses the console of China and GovCloud regions', () => {
    const job = { poolId: 'p', poolName: 'n', jobId: 'j', jobName: 'k' };
    expect(jobLogUrl({ ...job, region: 'cn-north-1' })).toMatch(
      /^https:\/\/cn-north-1\.console\.amazonaws\.cn\//,
    );
    expect(jobLogUrl({ ...job, region: 'us-gov-west-1' })).toMatch(/amazonaws-us-gov\.com\//);
  });
});

describe('curlUploadCommand', () => {
  it('quotes the file and the URL for a shell, with the header S3 requires', () => {
    expect(
      curlUploadCommand("bob's users.csv", 'https://b.s3.amazonaws.com/k?X-Amz-Signature=a&b=c'),
    ).toBe(
      `curl --upload-file 'bob'\\''s users.csv' -H 'x-amz-server-side-encryption:aws:kms' 'https://b.s3.amazonaws.com/k?X-Amz-Signature=a&b=c'`,
    );
    expect(shellQuote('$(rm -rf ~)')).toBe("'$(rm -rf ~)'");
  });
});
