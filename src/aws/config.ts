export interface ConsoleConfig {
  region: string;
  userPoolId: string;
  clientId: string;
  identityPoolId: string;
  /** The Regions the pool picker offers, the home region first when it was missing. */
  regions: string[];
  requestTimeoutMs?: number;
  endpoints?: { cognitoIdp?: string; cognitoIdentity?: string };
}

// A record, so the compiler insists every key of ConsoleConfig is listed.
const configKeys: Record<keyof ConsoleConfig, true> = {
  region: true,
  userPoolId: true,
  clientId: true,
  identityPoolId: true,
  regions: true,
  requestTimeoutMs: true,
  endpoints: true,
};
/** Every key config.json may hold. */
export const consoleConfigKeys = Object.keys(configKeys) as (keyof ConsoleConfig)[];

export type ConfigResult = { ok: true; config: ConsoleConfig } | { ok: false; problems: string[] };

// Checked by hand rather than with zod: this runs before the sign-in page, whose weight counts.
const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
const REGION_MESSAGE = 'must be an AWS Region such as us-east-1';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads config.json's fields, collecting one "path: message" per problem. */
function reader(problems: string[]) {
  const problem = (path: string, message: string) => void problems.push(`${path}: ${message}`);
  const text = (json: Json, key: string, pattern: RegExp, message: string, path = key) => {
    const value = json[key];
    if (value === undefined) return problem(path, 'is required');
    if (typeof value !== 'string') return problem(path, 'must be a string');
    if (!pattern.test(value)) return problem(path, message);
    return value;
  };
  const url = (json: Json, key: string, path: string) => {
    const value = json[key];
    if (value === undefined) return undefined;
    let parsed: URL | undefined;
    try {
      parsed = typeof value === 'string' ? new URL(value) : undefined;
    } catch {
      // reported below
    }
    if (parsed?.protocol !== 'http:' && parsed?.protocol !== 'https:') {
      return problem(path, 'must be an http(s) URL');
    }
    return value as string;
  };
  return { problem, text, url };
}

/** Validates the parsed JSON of config.json; every problem is reported as "path: message". */
export function parseConsoleConfig(json: unknown): ConfigResult {
  if (!isObject(json)) return { ok: false, problems: ['config.json must hold a JSON object.'] };
  const problems: string[] = [];
  const { problem, text, url } = reader(problems);

  const region = text(json, 'region', REGION, REGION_MESSAGE);
  const userPoolId = text(
    json,
    'userPoolId',
    /^[\w-]+_[0-9a-zA-Z]+$/,
    'must look like us-east-1_AbCdEf123',
  );
  const clientId = text(json, 'clientId', /^[\w+]{1,128}$/, 'must be an app client ID');
  const identityPoolId = text(
    json,
    'identityPoolId',
    /^[\w-]+:[0-9a-f-]+$/,
    'must look like us-east-1:<uuid>',
  );

  let regions: string[] | undefined;
  if (json.regions !== undefined) {
    if (!Array.isArray(json.regions)) problem('regions', 'must be a list of AWS Regions');
    else if (json.regions.length === 0) problem('regions', 'must list at least one Region');
    else {
      const list: unknown[] = json.regions;
      regions = list.map(
        (_, i) => text({ [i]: list[i] }, String(i), REGION, REGION_MESSAGE, `regions.${i}`) ?? '',
      );
    }
  }

  const timeout = json.requestTimeoutMs;
  if (timeout !== undefined) {
    if (typeof timeout !== 'number' || !Number.isInteger(timeout)) {
      problem('requestTimeoutMs', 'must be a whole number of milliseconds');
    } else if (timeout < 1000) problem('requestTimeoutMs', 'must be at least 1000');
    else if (timeout > 120_000) problem('requestTimeoutMs', 'must be at most 120000');
  }

  let endpoints: ConsoleConfig['endpoints'];
  if (json.endpoints !== undefined) {
    if (!isObject(json.endpoints)) problem('endpoints', 'must be an object');
    else {
      const cognitoIdp = url(json.endpoints, 'cognitoIdp', 'endpoints.cognitoIdp');
      const cognitoIdentity = url(json.endpoints, 'cognitoIdentity', 'endpoints.cognitoIdentity');
      endpoints = {
        ...(cognitoIdp ? { cognitoIdp } : {}),
        ...(cognitoIdentity ? { cognitoIdentity } : {}),
      };
    }
  }

  if (problems.length > 0 || !region || !userPoolId || !clientId || !identityPoolId) {
    return { ok: false, problems };
  }
  if (!userPoolId.startsWith(`${region}_`)) {
    return { ok: false, problems: ['userPoolId: userPoolId must belong to region'] };
  }
  const picker = regions ?? [region];
  return {
    ok: true,
    config: {
      region,
      userPoolId,
      clientId,
      identityPoolId,
      regions: picker.includes(region) ? picker : [region, ...picker],
      ...(typeof timeout === 'number' ? { requestTimeoutMs: timeout } : {}),
      ...(endpoints ? { endpoints } : {}),
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
