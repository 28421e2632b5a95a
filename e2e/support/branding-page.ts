import {
  CreateIdentityProviderCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  DeleteUserPoolCommand,
  GetUICustomizationCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { expect, type Page } from '@playwright/test';
import { emulatorAdminClient } from './idp-admin.ts';

let counter = 0;

/** A 1 x 1 PNG: a logo the hosted UI accepts. */
export const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export interface BrandingPool {
  id: string;
  domain?: string;
  /** App clients by name: `web` (hosted UI with a callback URL and providers) and `mobile`. */
  clients: { web: string; mobile: string };
}

/** A disposable pool with a domain (unless told not to), two app clients and two sign-in providers. */
export async function createBrandingPool({ domain = true } = {}): Promise<BrandingPool> {
  const idp = emulatorAdminClient();
  const suffix = `${Date.now().toString(36)}${counter++}`;
  const { UserPool } = await idp.send(
    new CreateUserPoolCommand({
      PoolName: `e2e-branding-${suffix}`,
      DeletionProtection: 'INACTIVE',
    }),
  );
  const id = UserPool!.Id!;
  await idp.send(
    new CreateIdentityProviderCommand({
      UserPoolId: id,
      ProviderName: 'Google',
      ProviderType: 'Google',
      ProviderDetails: { client_id: 'g', client_secret: 's', authorize_scopes: 'openid' },
    }),
  );
  await idp.send(
    new CreateIdentityProviderCommand({
      UserPoolId: id,
      ProviderName: 'CorpLogin',
      ProviderType: 'OIDC',
      ProviderDetails: {
        client_id: 'c',
        authorize_scopes: 'openid',
        attributes_request_method: 'GET',
        oidc_issuer: 'https://login.example.com',
      },
    }),
  );
  const client = async (name: string, hosted: boolean) => {
    const { UserPoolClient } = await idp.send(
      new CreateUserPoolClientCommand({
        UserPoolId: id,
        ClientName: name,
        ...(hosted
          ? {
              CallbackURLs: ['https://app.example.com/callback', 'https://app.example.com/other'],
              AllowedOAuthFlows: ['code'],
              AllowedOAuthScopes: ['openid'],
              AllowedOAuthFlowsUserPoolClient: true,
              SupportedIdentityProviders: ['COGNITO', 'Google', 'CorpLogin'],
            }
          : {}),
      }),
    );
    return UserPoolClient!.ClientId!;
  };
  const clients = { web: await client('web', true), mobile: await client('mobile', false) };
  const prefix = domain ? `e2e-brand-${suffix}` : undefined;
  if (prefix) await idp.send(new CreateUserPoolDomainCommand({ UserPoolId: id, Domain: prefix }));
  return { id, domain: prefix, clients };
}

export async function removePool(poolId: string) {
  await emulatorAdminClient()
    .send(new DeleteUserPoolCommand({ UserPoolId: poolId }))
    .catch(() => undefined);
}

export async function uiCustomizationOf(poolId: string, clientId?: string) {
  const { UICustomization } = await emulatorAdminClient().send(
    new GetUICustomizationCommand({ UserPoolId: poolId, ClientId: clientId }),
  );
  return UICustomization!;
}

/** Counts SetUICustomization requests the page sends, by their X-Amz-Target. */
export function countSetUICustomization(page: Page) {
  const sent: string[] = [];
  page.on('request', (request) => {
    const target = request.headers()['x-amz-target'];
    if (target?.endsWith('.SetUICustomization')) sent.push(target);
  });
  return sent;
}

export async function openBranding(page: Page, poolId: string) {
  await page.goto(`/pools/${poolId}/branding`);
  // The tab loads the pool, its clients, providers and branding: give it time on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name: 'Branding' })).toBeVisible({
    timeout: 30_000,
  });
}

/** The editor's group of controls of one selector, e.g. `submitButton-customizable`. */
export const controlsOf = (page: Page, description: string, selector: string) =>
  page.getByRole('group', { name: `${description} .${selector}`, exact: true });

export const cssText = (page: Page) => page.getByRole('textbox', { name: 'CSS', exact: true });

export const draftPreview = (page: Page) => page.frameLocator('iframe[title="Draft preview"]');
export const savedPreview = (page: Page) => page.frameLocator('iframe[title="Saved preview"]');
