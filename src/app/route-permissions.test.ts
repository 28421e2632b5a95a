import { describe, expect, it } from 'vitest';
import { brandingPermissions } from '@/features/branding/routes';
import { clientPermissions } from '@/features/clients/routes';
import { domainPermissions } from '@/features/domains/routes';
import { groupPermissions } from '@/features/groups/routes';
import { identityProviderPermissions } from '@/features/identity-providers/routes';
import { poolPermissions } from '@/features/pools/routes';
import { resourceServerPermissions } from '@/features/resource-servers/routes';
import { decodeTokenRoute } from '@/features/tokens/routes';
import { trySignInPermissions } from '@/features/try-sign-in/routes';
import { userImportPermissions } from '@/features/user-import/routes';
import { userPermissions } from '@/features/users/routes';
import { canCall, consoleRoles } from '@/lib/iam/roles';
import { loadCognitoModel } from '@/lib/user-pools/service-model';
import type { AppRoute } from '@/routing/routing';
import { appRoutes } from './router';

/** Pages that work in the browser alone (public keys only), so every role may open them. */
const pagesCallingNoCognito: readonly AppRoute[] = [decodeTokenRoute];

const actionPermissions = {
  ...prefixed('branding', brandingPermissions),
  ...prefixed('client', clientPermissions),
  ...prefixed('domain', domainPermissions),
  ...prefixed('group', groupPermissions),
  ...prefixed('identityProvider', identityProviderPermissions),
  ...prefixed('pool', poolPermissions),
  ...prefixed('resourceServer', resourceServerPermissions),
  ...prefixed('trySignIn', trySignInPermissions),
  ...prefixed('user', userPermissions),
  ...prefixed('userImport', userImportPermissions),
};

function prefixed(prefix: string, permissions: Record<string, string>) {
  return Object.fromEntries(Object.entries(permissions).map(([k, v]) => [`${prefix}.${k}`, v]));
}

async function cognitoOperations(): Promise<Set<string>> {
  const model = (await loadCognitoModel()) as unknown as { operations: Record<string, unknown> };
  return new Set(Object.keys(model.operations));
}

describe('console permissions follow the roles table', () => {
  it('every route admits exactly the roles whose policy allows all of its operations', () => {
    for (const route of appRoutes) {
      // A page that calls Cognito must say what it calls; only the pages listed here call nothing.
      if (!pagesCallingNoCognito.includes(route)) {
        expect(route.operations.length, route.path).toBeGreaterThan(0);
      }
      for (const role of consoleRoles) {
        const allowed = route.operations.every((operation) => canCall(role, operation));
        expect(route.roles.includes(role), `${role} on ${route.path}`).toBe(allowed);
      }
    }
  });

  it('every route and action names a real Cognito operation', async () => {
    const operations = await cognitoOperations();
    const named = [...appRoutes.flatMap((r) => r.operations), ...Object.values(actionPermissions)];
    expect(named.filter((operation) => !operations.has(operation))).toEqual([]);
  });

  it('lets every role decode a token, a page that calls no Cognito operation', () => {
    expect(decodeTokenRoute.operations).toEqual([]);
    expect(decodeTokenRoute.roles).toEqual([...consoleRoles]);
  });

  it('gives support the pools, their settings and branding (read-only), users and groups, and no page whose answers carry client or provider secrets', () => {
    const supportTabs = appRoutes
      .filter((r) => r.poolTab && r.roles.includes('support'))
      .map((r) => r.poolTab);
    expect(supportTabs).toEqual(['Overview', 'Settings', 'Branding', 'Users', 'Groups']);
    const adminTabs = appRoutes.filter((r) => r.poolTab && r.roles.includes('admin'));
    expect(adminTabs).toHaveLength(appRoutes.filter((r) => r.poolTab).length);
  });

  it('offers support the fixes of its policy on a user, and nothing else', () => {
    const supportActions = Object.entries(userPermissions)
      .filter(([, operation]) => canCall('support', operation))
      .map(([action]) => action);
    expect(supportActions.sort()).toEqual(['globalSignOut', 'resetPassword', 'setEnabled']);
  });
});
