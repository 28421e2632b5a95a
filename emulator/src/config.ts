import { NO_FAULTS, type FaultSpec } from './traffic/faults.ts';
import { QUOTAS_ON, type QuotaConfig } from './traffic/quotas.ts';

/** Group of the admin user pool that maps to a console role, and the role it gives. */
export interface RoleMapping {
  group: string;
  role: string;
}

export interface IdentityPoolConfig {
  id: string;
  name: string;
  /** The user pool whose ID tokens this identity pool accepts, and the app client (audience). */
  userPoolId: string;
  clientId: string;
  /** First matching group wins, in this order. A user in none of them is refused. */
  roleMappings: RoleMapping[];
  /** How long issued credentials last, in seconds (AWS: one hour). */
  credentialsTtlSeconds: number;
}

export interface StaticCredential {
  accessKeyId: string;
  secretAccessKey: string;
  role: string;
}

export interface EmulatorConfig {
  accountId: string;
  defaultRegion: string;
  identityPools: IdentityPoolConfig[];
  staticCredentials: StaticCredential[];
  /** Seed the demo data when the store starts empty. */
  seed: boolean;
  /** Users generated in the demo customer pool. */
  seedCustomerUsers: number;
  /**
   * Browser origins allowed to use the control routes (`/_emulator/*`: reset, outbox). A request
   * with any other Origin is refused; requests without one (CLI, tests) are not browser pages.
   */
  consoleOrigins: string[];
  /** Cognito's request quotas per category and account: on by default, as on AWS. */
  quotas: QuotaConfig;
  /** Throttles, 5xx errors and latency injected into Cognito API requests (tests, demos). */
  faults: FaultSpec;
  /** Pace of user import jobs: time spent Pending after Start, then rows imported per second. */
  userImport: UserImportPace;
}

export interface UserImportPace {
  pendingMs: number;
  rowsPerSecond: number;
}

/** Roughly what AWS shows: a few seconds Pending, then users imported at a steady pace. */
export const REALISTIC_IMPORT_PACE: UserImportPace = { pendingMs: 3000, rowsPerSecond: 100 };
/** For tests: no wait, thousands of rows a second. */
export const FAST_IMPORT_PACE: UserImportPace = { pendingMs: 0, rowsPerSecond: 20_000 };

export const DEMO = {
  region: 'us-east-1',
  accountId: '123456789012',
  adminPoolId: 'us-east-1_C0nsoleAd',
  adminClientId: '5c0ns01eadm1nc11ent1d00000',
  identityPoolId: 'us-east-1:7c0e5a1d-6b2f-4e8a-9c3d-0a1b2c3d4e5f',
  adminEmail: 'admin@example.com',
  adminTemporaryPassword: 'Admin-Temp-2026!',
  supportEmail: 'support@example.com',
  supportTemporaryPassword: 'Support-Temp-2026!',
  customerPoolName: 'acme-customers',
} as const;

/** The console as `npm start` / `npm run dev` (5173), `vite preview` (4173) and the e2e tests (4339) serve it. */
export const DEFAULT_CONSOLE_ORIGINS: readonly string[] = [5173, 4173, 4339].flatMap((port) => [
  `http://127.0.0.1:${port}`,
  `http://localhost:${port}`,
]);

/**
 * Console origins from `EMULATOR_CONSOLE_ORIGINS` (comma-separated) and every
 * `--console-origin <origin>` argument; undefined when neither is given.
 */
export function consoleOriginsFrom(
  env: Record<string, string | undefined>,
  argv: readonly string[],
): string[] | undefined {
  const origins = (env.EMULATOR_CONSOLE_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  argv.forEach((arg, i) => {
    if (arg === '--console-origin' && argv[i + 1]) origins.push(argv[i + 1]!);
    else if (arg.startsWith('--console-origin='))
      origins.push(arg.slice('--console-origin='.length));
  });
  if (origins.length === 0) return undefined;
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new Error(`Not an origin (scheme://host[:port], no path): ${origin}`);
    }
  }
  return origins;
}

export function defaultConfig(overrides: Partial<EmulatorConfig> = {}): EmulatorConfig {
  return {
    accountId: DEMO.accountId,
    defaultRegion: DEMO.region,
    identityPools: [
      {
        id: DEMO.identityPoolId,
        name: 'cognito_console',
        userPoolId: DEMO.adminPoolId,
        clientId: DEMO.adminClientId,
        roleMappings: [
          { group: 'admins', role: 'admin' },
          { group: 'support', role: 'support' },
        ],
        credentialsTtlSeconds: 3600,
      },
    ],
    staticCredentials: [
      // For the AWS CLI, scripts and the SDK contract tests; never valid on real AWS.
      {
        accessKeyId: 'AKIAEMULATORADMIN000',
        secretAccessKey: 'emulator-admin-secret-key-0000000000000000',
        role: 'admin',
      },
      {
        accessKeyId: 'AKIAEMULATORSUPPORT0',
        secretAccessKey: 'emulator-support-secret-key-000000000000000',
        role: 'support',
      },
    ],
    seed: true,
    seedCustomerUsers: 3000,
    consoleOrigins: [...DEFAULT_CONSOLE_ORIGINS],
    quotas: QUOTAS_ON,
    faults: NO_FAULTS,
    userImport: REALISTIC_IMPORT_PACE,
    ...overrides,
  };
}
