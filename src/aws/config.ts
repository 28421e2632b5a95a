import * as z from 'zod/mini';

// zod/mini keeps the start-up bundle (config + sign-in) small; the full zod is only in form chunks.
const text = () =>
  z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') });

const region = text().check(
  z.regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, 'must be an AWS Region such as us-east-1'),
);
const endpoint = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const consoleConfigSchema = z
  .object({
    region,
    userPoolId: text().check(
      z.regex(/^[\w-]+_[0-9a-zA-Z]+$/, 'must look like us-east-1_AbCdEf123'),
    ),
    clientId: text().check(z.regex(/^[\w+]+$/, 'must be an app client ID'), z.maxLength(128)),
    identityPoolId: text().check(z.regex(/^[\w-]+:[0-9a-f-]+$/, 'must look like us-east-1:<uuid>')),
    regions: z.optional(z.array(region).check(z.minLength(1))),
    requestTimeoutMs: z.optional(
      z.number().check(z.int(), z.gte(1000, 'must be at least 1000'), z.lte(120_000)),
    ),
    endpoints: z.optional(
      z.object({
        cognitoIdp: z.optional(endpoint),
        cognitoIdentity: z.optional(endpoint),
      }),
    ),
  })
  .check(
    z.refine((c) => c.userPoolId.startsWith(`${c.region}_`), {
      message: 'userPoolId must belong to region',
      path: ['userPoolId'],
    }),
  );

export type ConsoleConfig = z.infer<typeof consoleConfigSchema> & { regions: string[] };

export type ConfigResult = { ok: true; config: ConsoleConfig } | { ok: false; problems: string[] };

/** Validates the parsed JSON of config.json; every problem is reported as "path: message". */
export function parseConsoleConfig(json: unknown): ConfigResult {
  const result = consoleConfigSchema.safeParse(json);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => {
        const path = issue.path.join('.');
        return path ? `${path}: ${issue.message}` : issue.message;
      }),
    };
  }
  const config = result.data;
  const regions = config.regions ?? [config.region];
  return {
    ok: true,
    config: {
      ...config,
      regions: regions.includes(config.region) ? regions : [config.region, ...regions],
    },
  };
}

export async function loadConsoleConfig(url = '/config.json'): Promise<ConfigResult> {
  let response: Response;
  try {
    // A server that never answers must not leave the start-up spinner up for ever.
    response = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(15_000) });
  } catch {
    return { ok: false, problems: [`Could not download ${url}.`] };
  }
  if (!response.ok) {
    return { ok: false, problems: [`${url} answered HTTP ${response.status}.`] };
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { ok: false, problems: [`${url} is not valid JSON.`] };
  }
  return parseConsoleConfig(json);
}

export function idpEndpoint(config: ConsoleConfig, forRegion: string): string {
  return config.endpoints?.cognitoIdp ?? `https://cognito-idp.${forRegion}.amazonaws.com`;
}

export function identityEndpoint(config: ConsoleConfig): string {
  return (
    config.endpoints?.cognitoIdentity ?? `https://cognito-identity.${config.region}.amazonaws.com`
  );
}
