import {
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
} from '@aws-sdk/client-cognito-identity-provider';

export interface ThroughputResult {
  operation: string;
  requests: number;
  seconds: number;
  perSecond: number;
}

/** Sends `operation` with `concurrency` callers for `seconds` and counts completed requests. */
async function measure(
  operation: string,
  call: () => Promise<unknown>,
  { seconds = 3, concurrency = 8 } = {},
): Promise<ThroughputResult> {
  for (let i = 0; i < 20; i++) await call(); // warm-up
  let requests = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await call();
        requests++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { operation, requests, seconds: elapsed, perSecond: requests / elapsed };
}

/** ListUserPools and DescribeUserPool throughput against one endpoint through the real AWS SDK. */
export async function poolThroughput(
  endpoint: string,
  credentials: { accessKeyId: string; secretAccessKey: string },
): Promise<ThroughputResult[]> {
  const client = new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint,
    credentials,
    maxAttempts: 1,
  });
  const { UserPool } = await client.send(new CreateUserPoolCommand({ PoolName: 'bench-pool' }));
  const results = [
    await measure('ListUserPools', () => client.send(new ListUserPoolsCommand({ MaxResults: 60 }))),
    await measure('DescribeUserPool', () =>
      client.send(new DescribeUserPoolCommand({ UserPoolId: UserPool!.Id })),
    ),
  ];
  client.destroy();
  return results;
}
