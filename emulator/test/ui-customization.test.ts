import {
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  DeleteUserPoolClientCommand,
  GetUICustomizationCommand,
  SetUICustomizationCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { expectAwsError } from './support/expect-error.ts';
import { emulatorTarget, targets, uniqueName } from './support/targets.ts';

const CALLBACK = 'https://app.example.com/callback';
const png = (size: number) =>
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(size - 8)]);

async function brandablePool(client: CognitoIdentityProviderClient, withDomain = true) {
  const { UserPool } = await client.send(
    new CreateUserPoolCommand({ PoolName: uniqueName('branding') }),
  );
  const UserPoolId = UserPool!.Id!;
  const Domain = uniqueName('brand')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-');
  if (withDomain) await client.send(new CreateUserPoolDomainCommand({ UserPoolId, Domain }));
  const newClient = async (name: string) => {
    const { UserPoolClient } = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId,
        ClientName: name,
        CallbackURLs: [CALLBACK],
        SupportedIdentityProviders: ['COGNITO'],
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid'],
        AllowedOAuthFlowsUserPoolClient: true,
      }),
    );
    return UserPoolClient!.ClientId!;
  };
  return { UserPoolId, Domain, clientA: await newClient('a'), clientB: await newClient('b') };
}

// moto_server 5 has neither GetUICustomization nor SetUICustomization. The behaviour asserted is
// AWS's API reference (API_SetUICustomization.html, API_GetUICustomization.html) and the guide's
// "Customizing hosted UI (classic) branding" (hosted-ui-classic-branding.html).
describe.each(targets())('UI customization on $name', (target) => {
  const client = target.admin();
  const itAws = target.name === 'moto' ? it.fails : it;
  const get = (UserPoolId: string, ClientId?: string) =>
    client
      .send(new GetUICustomizationCommand({ UserPoolId, ClientId }))
      .then((r) => r.UICustomization!);

  itAws('a client without its own settings gets ALL; one with them no longer does', async () => {
    const { UserPoolId, clientA, clientB } = await brandablePool(client);
    const all = '.background-customizable { background-color: #ff0000; }';
    await client.send(new SetUICustomizationCommand({ UserPoolId, ClientId: 'ALL', CSS: all }));
    expect(await get(UserPoolId, clientA)).toMatchObject({ ClientId: 'ALL', CSS: all });

    const own = '.banner-customizable { background-color: #00ff00; }';
    await client.send(new SetUICustomizationCommand({ UserPoolId, ClientId: clientA, CSS: own }));
    expect(await get(UserPoolId, clientA)).toMatchObject({ ClientId: clientA, CSS: own });
    expect(await get(UserPoolId, clientB)).toMatchObject({ ClientId: 'ALL', CSS: all });

    // Neither CSS nor image: the client's own settings go and it falls back to ALL again.
    await client.send(new SetUICustomizationCommand({ UserPoolId, ClientId: clientA }));
    expect(await get(UserPoolId, clientA)).toMatchObject({ ClientId: 'ALL', CSS: all });
  });

  itAws('changes CSSVersion on each save and keeps the creation date', async () => {
    const { UserPoolId } = await brandablePool(client);
    const css = '.label-customizable { font-weight: 400; }';
    const first = (await client.send(new SetUICustomizationCommand({ UserPoolId, CSS: css })))
      .UICustomization!;
    const second = (await client.send(new SetUICustomizationCommand({ UserPoolId, CSS: css })))
      .UICustomization!;
    expect(first.CSSVersion).toBeTruthy();
    expect(second.CSSVersion).not.toBe(first.CSSVersion);
    expect(second.CreationDate).toEqual(first.CreationDate);
    expect(second.LastModifiedDate!.getTime()).toBeGreaterThanOrEqual(
      first.LastModifiedDate!.getTime(),
    );
    expect((await get(UserPoolId)).CSSVersion).toBe(second.CSSVersion);
  });

  itAws('replaces CSS and logo together: a save without the logo drops it', async () => {
    const { UserPoolId } = await brandablePool(client);
    await client.send(new SetUICustomizationCommand({ UserPoolId, ImageFile: png(64) }));
    expect((await get(UserPoolId)).ImageUrl).toBeTruthy();
    await client.send(
      new SetUICustomizationCommand({ UserPoolId, CSS: '.logo-customizable { max-width: 50%; }' }),
    );
    expect((await get(UserPoolId)).ImageUrl).toBeUndefined();
  });

  for (const [what, css] of [
    ['an at-rule', '@media (max-width: 1px) { .label-customizable { font-weight: 400; } }'],
    ['a class outside the list', '.body-customizable { color: red; }'],
    ['a property the class does not allow', '.background-customizable { color: red; }'],
    ['a script URL', '.background-customizable { background-color: url(javascript:alert(1)); }'],
  ] as const) {
    itAws(`refuses CSS with ${what} (InvalidParameterException)`, async () => {
      const { UserPoolId } = await brandablePool(client);
      await expectAwsError(
        () => client.send(new SetUICustomizationCommand({ UserPoolId, CSS: css })),
        'InvalidParameterException',
      );
      expect((await get(UserPoolId)).CSS).toBeUndefined();
    });
  }

  itAws('refuses a logo over 100 KB, or one that is not PNG or JPEG', async () => {
    const { UserPoolId } = await brandablePool(client);
    await expectAwsError(
      () => client.send(new SetUICustomizationCommand({ UserPoolId, ImageFile: png(102_401) })),
      'InvalidParameterException',
    );
    const gif = new TextEncoder().encode('GIF89a\x01\x00\x01\x00');
    await expectAwsError(
      () => client.send(new SetUICustomizationCommand({ UserPoolId, ImageFile: gif })),
      'InvalidParameterException',
    );
  });

  itAws('refuses a request over 135 KB: a 100 KB logo with 2 KB of CSS', async () => {
    const { UserPoolId } = await brandablePool(client);
    const css = '.label-customizable { font-weight: 400; }\n'.repeat(48);
    await expectAwsError(
      () =>
        client.send(
          new SetUICustomizationCommand({ UserPoolId, CSS: css, ImageFile: png(102_400) }),
        ),
      'InvalidParameterException',
    );
  });

  itAws('refuses a pool without a domain', async () => {
    const { UserPoolId } = await brandablePool(client, false);
    const error = await expectAwsError(
      () =>
        client.send(
          new SetUICustomizationCommand({
            UserPoolId,
            CSS: '.label-customizable { font-weight: 400; }',
          }),
        ),
      'InvalidParameterException',
    );
    expect(error.message).toMatch(/domain/i);
  });

  itAws('refuses an unknown client, and forgets a deleted client', async () => {
    const { UserPoolId, clientA } = await brandablePool(client);
    await expectAwsError(
      () => client.send(new SetUICustomizationCommand({ UserPoolId, ClientId: 'nosuchclient1' })),
      'ResourceNotFoundException',
    );
    await expectAwsError(() => get(UserPoolId, 'nosuchclient1'), 'ResourceNotFoundException');
    await client.send(
      new SetUICustomizationCommand({
        UserPoolId,
        ClientId: clientA,
        CSS: '.label-customizable { font-weight: 400; }',
      }),
    );
    await client.send(new DeleteUserPoolClientCommand({ UserPoolId, ClientId: clientA }));
    await expectAwsError(() => get(UserPoolId, clientA), 'ResourceNotFoundException');
  });
});

describe('the hosted sign-in page and the logo, on the emulator', () => {
  const target = emulatorTarget();
  const client = target.admin();
  const page = (domain: string, view: string, clientId: string, redirectUri = CALLBACK) =>
    fetch(
      `${target.url}/hosted-ui/${domain}/${view}?${new URLSearchParams({ client_id: clientId, response_type: 'code', redirect_uri: redirectUri })}`,
    );

  it("applies the client's effective CSS, escapes user strings and forbids scripts", async () => {
    const { UserPoolId, Domain, clientA, clientB } = await brandablePool(client);
    const all = '.background-customizable { background-color: #123456; }';
    const own = '.banner-customizable { background-color: #abcdef; }';
    await client.send(new SetUICustomizationCommand({ UserPoolId, CSS: all }));
    await client.send(new SetUICustomizationCommand({ UserPoolId, ClientId: clientA, CSS: own }));

    const a = await page(Domain, 'login', clientA);
    expect(a.status).toBe(200);
    expect(a.headers.get('content-security-policy')).toContain("script-src 'none'");
    const htmlA = await a.text();
    expect(htmlA).toContain('#abcdef');
    expect(htmlA).not.toContain('#123456');
    const htmlB = await (await page(Domain, 'signup', clientB)).text();
    expect(htmlB).toContain('#123456');
    expect((await page(Domain, 'forgotPassword', clientB)).status).toBe(200);

    // A callback URL may hold markup; the page carries it only as inert text.
    const hostile = `${CALLBACK}?next="><script>alert(1)</script>`;
    const { UserPoolClient } = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId,
        ClientName: 'hostile',
        CallbackURLs: [hostile],
        SupportedIdentityProviders: ['COGNITO'],
      }),
    );
    const htmlC = await (await page(Domain, 'login', UserPoolClient!.ClientId!, hostile)).text();
    expect(htmlC).not.toContain('<script>');
    expect(htmlC).not.toContain('"><script>');
  });

  it('refuses a redirect_uri that is not a callback URL, an unknown client and an unknown domain', async () => {
    const { Domain, clientA } = await brandablePool(client);
    const mismatch = await page(Domain, 'login', clientA, 'https://evil.example.com/');
    expect(mismatch.status).toBe(400);
    expect(await mismatch.text()).toContain('redirect_mismatch');
    const unknown = await page(Domain, 'login', 'nosuchclient1');
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('nosuchclient1');
    expect((await page('no-such-domain-anywhere', 'login', clientA)).status).toBe(400);
  });

  it('serves the logo at ImageUrl with its type, and shows it on the page', async () => {
    const { UserPoolId, Domain, clientA } = await brandablePool(client);
    const logo = png(300);
    const { UICustomization } = await client.send(
      new SetUICustomizationCommand({ UserPoolId, ImageFile: logo }),
    );
    const url = UICustomization!.ImageUrl!;
    expect(url.startsWith(target.url)).toBe(true);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(logo);
    expect(await (await page(Domain, 'login', clientA)).text()).toContain(url);
  });
});
