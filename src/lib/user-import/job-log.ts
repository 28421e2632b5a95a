/**
 * Where Cognito writes an import job's results: the log group
 * /aws/cognito/userpools/USER_POOL_ID/USER_POOL_NAME, and in it the log stream JOB_ID/JOB_NAME
 * (cognito-user-pools-using-import-tool-cloudwatch.html).
 */
export function jobLogGroup(poolId: string, poolName: string): string {
  return `/aws/cognito/userpools/${poolId}/${poolName}`;
}

export function jobLogStream(jobId: string, jobName: string): string {
  return `${jobId}/${jobName}`;
}

/** The CloudWatch console's own escaping of a name in its URL fragment: `/` is `$252F`. */
const consoleEscape = (name: string) =>
  encodeURIComponent(encodeURIComponent(name)).replaceAll('%', '$');

function consoleHost(region: string): string {
  if (region.startsWith('cn-')) return `${region}.console.amazonaws.cn`;
  if (region.startsWith('us-gov-')) return `${region}.console.amazonaws-us-gov.com`;
  return `${region}.console.aws.amazon.com`;
}

/** The job's log stream in the CloudWatch console of the pool's region. */
export function jobLogUrl(job: {
  region: string;
  poolId: string;
  poolName: string;
  jobId: string;
  jobName: string;
}): string {
  const group = consoleEscape(jobLogGroup(job.poolId, job.poolName));
  const stream = consoleEscape(jobLogStream(job.jobId, job.jobName));
  return `https://${consoleHost(job.region)}/cloudwatch/home?region=${encodeURIComponent(job.region)}#logsV2:log-groups/log-group/${group}/log-events/${stream}`;
}
