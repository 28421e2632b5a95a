import { parseConsoleConfig, type ConfigResult } from '../src/aws/config.ts';

/**
 * The stack output that carries each config.json key. The template names its outputs from this
 * table and `npm run deploy:config` reads them back with it, so the two cannot disagree.
 */
export const configOutputs = {
  region: 'Region',
  userPoolId: 'UserPoolId',
  clientId: 'ClientId',
  identityPoolId: 'IdentityPoolId',
  regions: 'Regions',
} as const;

/**
 * config.json keys the stack has no output for: `endpoints` points the console at the emulator
 * (on AWS it is left out), and `requestTimeoutMs` is a client setting with a default.
 */
export const configKeysWithoutOutput = ['endpoints', 'requestTimeoutMs'] as const;

export interface StackOutput {
  OutputKey?: string;
  OutputValue?: string;
}

/**
 * Accepts what `aws cloudformation describe-stacks` prints: the whole answer, one stack, or the
 * Outputs list alone (`--query 'Stacks[0].Outputs'`).
 */
export function stackOutputsOf(json: unknown): StackOutput[] {
  if (Array.isArray(json)) return json as StackOutput[];
  if (json && typeof json === 'object') {
    const record = json as { Stacks?: unknown; Outputs?: unknown };
    if (Array.isArray(record.Stacks)) {
      if (record.Stacks.length !== 1) {
        throw new Error(`Expected one stack, got ${record.Stacks.length}.`);
      }
      return stackOutputsOf(record.Stacks[0]);
    }
    if (Array.isArray(record.Outputs)) return record.Outputs as StackOutput[];
  }
  throw new Error('Expected the JSON of aws cloudformation describe-stacks, or its Outputs list.');
}

/**
 * The console's config.json from the stack's outputs, checked by the schema the console loads it
 * with. Regions arrive comma-separated; the stack's own region comes first, once.
 */
export function configFromStackOutputs(outputs: readonly StackOutput[]): ConfigResult {
  const values = new Map<string, string>();
  for (const { OutputKey, OutputValue } of outputs) {
    if (OutputKey && OutputValue !== undefined) values.set(OutputKey, OutputValue);
  }
  const missing = Object.values(configOutputs).filter((key) => !values.has(key));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [`The stack has no output ${missing.join(', ')}: is it the console's stack?`],
    };
  }
  const region = values.get(configOutputs.region)!;
  const regions = values
    .get(configOutputs.regions)!
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');
  return parseConsoleConfig({
    region,
    userPoolId: values.get(configOutputs.userPoolId),
    clientId: values.get(configOutputs.clientId),
    identityPoolId: values.get(configOutputs.identityPoolId),
    regions: [...new Set([region, ...regions])],
  });
}
