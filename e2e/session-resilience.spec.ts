import { expect, test, type Page, type Route } from '@playwright/test';
import { resetEmulator } from './support/emulator.ts';
import { E2E_APP_URL, E2E_EMULATOR_URL } from './support/ports.ts';
import { signInFirstTime } from './support/sign-in-page.ts';
import { ACME_POOL, userUrl } from './support/user-page.ts';

const REFRESH_KEY = 'cognito-console.refresh-token';

test.beforeEach(async () => {
  await resetEmulator();
});

/** The real SDK runs; only the network between the browser and the emulator misbehaves. */
async function onOperation(page: Page, operation: string, handle: (route: Route) => unknown) {
  await page.route(`${E2E_EMULATOR_URL}/**`, async (route) => {
    const target = route.request().headers()['x-amz-target'];
    if (target?.endsWith(`.${operation}`)) await handle(route);
    else await route.fallback();
  });
}

const storedRefreshToken = (page: Page) =>
  page.evaluate((key) => sessionStorage.getItem(key), REFRESH_KEY);

test('a reload during an outage keeps the session, which works once Cognito is back', async ({
  page,
}) => {
  await signInFirstTime(page, 'admin');
  const token = await storedRefreshToken(page);
  expect(token).toBeTruthy();

  await page.route(`${E2E_EMULATOR_URL}/**`, (route) => route.abort('internetdisconnected'));
  await page.reload();
  await expect(page.getByRole('heading', { name: /Can.t reach Cognito/ })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText(/Cannot reach http/)).toBeVisible();
  await expect(page.getByText('Your session has expired')).toHaveCount(0);
  expect(await storedRefreshToken(page)).toBe(token);

  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: 'User pools' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'acme-customers' })).toBeVisible();
});

test('a request that never gets an answer times out to Retry', async ({ page }) => {
  // A short timeout keeps the test quick; the default is 10 s per attempt.
  await page.route(`${E2E_APP_URL}/config.json`, async (route) => {
    const response = await route.fetch();
    const config = (await response.json()) as object;
    await route.fulfill({ response, json: { ...config, requestTimeoutMs: 1000 } });
  });
  await signInFirstTime(page, 'admin');
  await onOperation(page, 'AdminGetUser', () => new Promise(() => undefined));

  await page.goto(userUrl(ACME_POOL, 'demo.customer'));
  const error = page.getByRole('alert').filter({ hasText: 'Could not load user' });
  await expect(error).toContainText('did not answer in time', { timeout: 20_000 });

  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'demo.customer' })).toBeVisible();
});

test("a proxy's HTML error page reads as not Cognito, with its request id", async ({ page }) => {
  await signInFirstTime(page, 'admin');
  await onOperation(page, 'AdminGetUser', (route) =>
    route.fulfill({
      status: 502,
      contentType: 'text/html',
      headers: {
        'access-control-allow-origin': E2E_APP_URL,
        'access-control-expose-headers': 'x-amzn-requestid',
        'x-amzn-requestid': 'proxy-7f3a',
      },
      body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
    }),
  );
  await page.goto(userUrl(ACME_POOL, 'demo.customer'));
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load user' })).toContainText(
    'Cognito answered with something that is not Cognito (HTTP 502). (Request ID: proxy-7f3a)',
    { timeout: 20_000 },
  );
  await expect(page.getByText(/Deserialization error/)).toHaveCount(0);
});

test('sign-out asks Cognito to revoke the refresh token, and signs out even when that fails', async ({
  page,
}) => {
  await signInFirstTime(page, 'admin');
  const token = await storedRefreshToken(page);
  const revoked: unknown[] = [];
  page.on('request', (request) => {
    if (request.headers()['x-amz-target']?.endsWith('.RevokeToken')) {
      revoked.push(request.postDataJSON());
    }
  });
  await page.route(`${E2E_EMULATOR_URL}/**`, (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(revoked[0]).toMatchObject({ Token: token });
  expect(await storedRefreshToken(page)).toBeNull();

  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('after sign-out the old refresh token is refused', async ({ page }) => {
  await signInFirstTime(page, 'admin');
  const token = await storedRefreshToken(page);
  const { clientId } = (await (await fetch(`${E2E_APP_URL}/config.json`)).json()) as {
    clientId: string;
  };
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

  const refresh = await fetch(E2E_EMULATOR_URL, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth',
    },
    body: JSON.stringify({
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: clientId,
      AuthParameters: { REFRESH_TOKEN: token },
    }),
  });
  expect(refresh.status).toBe(400);
  expect(((await refresh.json()) as { __type?: string }).__type).toMatch(/NotAuthorizedException/);
});
