import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import {
  controlsOf,
  countSetUICustomization,
  createBrandingPool,
  cssText,
  draftPreview,
  openBranding,
  removePool,
  savedPreview,
  tinyPng,
  uiCustomizationOf,
} from './support/branding-page.ts';
import { resetEmulator } from './support/emulator.ts';
import { E2E_EMULATOR_URL } from './support/ports.ts';
import { signInFirstTime } from './support/sign-in-page.ts';

test.beforeEach(async () => {
  // Each journey drives a large editor and reloads the preview on every change.
  test.slow();
  await resetEmulator();
});

test('admin brands the pool default and one app client, then removes the client’s own settings', async ({
  page,
}) => {
  const pool = await createBrandingPool();
  try {
    await signInFirstTime(page, 'admin');
    await openBranding(page, pool.id);
    await expect(page.getByText('Every app client uses the pool default.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const sets = countSetUICustomization(page);

    // A control writes the CSS text, and the preview follows.
    const submit = controlsOf(page, 'Submit button', 'submitButton-customizable');
    await submit.getByLabel('Background colour background-color', { exact: true }).fill('#ff0000');
    await expect(cssText(page)).toHaveValue(
      /\.submitButton-customizable \{\n {2}background-color: #ff0000;\n\}/,
    );
    await expect(draftPreview(page).locator('input.submitButton-customizable')).toHaveCSS(
      'background-color',
      'rgb(255, 0, 0)',
    );
    await expect(savedPreview(page).locator('input.submitButton-customizable')).toHaveCSS(
      'background-color',
      'rgb(51, 122, 183)',
    );
    // The CSS text shows in the controls.
    await cssText(page).press('End');
    await cssText(page).pressSequentially('\n.label-customizable { font-weight: 700; }');
    const labels = controlsOf(page, 'Field labels', 'label-customizable');
    await expect(labels.getByLabel('Font weight font-weight', { exact: true })).toHaveValue('700');
    // The pool's own provider buttons are in the preview.
    await expect(draftPreview(page).getByRole('button', { name: 'CorpLogin' })).toBeVisible();
    await expect(draftPreview(page).getByText('Continue with Google')).toBeVisible();

    await page.getByLabel('Logo file').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: tinyPng,
    });
    await expect(page.getByRole('img', { name: 'Logo: logo.png' })).toBeVisible();
    await expect(draftPreview(page).locator('img.logo-customizable')).toHaveCount(1);

    await page.getByRole('button', { name: 'Save branding' }).click();
    await expect(page.getByText('Branding of Pool default (all app clients) saved.')).toBeVisible();
    expect(sets).toHaveLength(1);
    const saved = await uiCustomizationOf(pool.id);
    expect(saved.CSS).toContain('background-color: #ff0000;');
    expect(saved.CSS).toContain('font-weight: 700;');
    expect(saved.ImageUrl).toBeTruthy();
    await expect(page.getByText(`Saved version ${saved.CSSVersion}`)).toBeVisible();
    await expect(savedPreview(page).locator('input.submitButton-customizable')).toHaveCSS(
      'background-color',
      'rgb(255, 0, 0)',
    );
    await expect(savedPreview(page).locator('img.logo-customizable')).toHaveCount(1);

    // One client gets its own settings, starting from the pool default it shows now.
    await page.getByLabel('Settings of').selectOption({ label: 'web: uses the pool default' });
    await expect(page.getByText('This app client uses the pool default')).toBeVisible();
    await expect(cssText(page)).toHaveValue(saved.CSS!);
    const inputs = controlsOf(page, 'Input fields', 'inputField-customizable');
    await inputs.getByLabel('Background colour background-color', { exact: true }).fill('navy');
    await page.getByRole('button', { name: 'Save branding' }).click();
    await expect(page.getByText('Branding of App client web saved.')).toBeVisible();
    expect(sets).toHaveLength(2);
    const own = await uiCustomizationOf(pool.id, pool.clients.web);
    expect(own.ClientId).toBe(pool.clients.web);
    expect(own.CSS).toContain('background-color: navy;');
    expect(own.ImageUrl).toBeTruthy();
    const ownList = page.getByRole('list', { name: 'App clients with their own settings' });
    await expect(ownList.getByRole('listitem')).toHaveText([`web ${pool.clients.web}`]);
    expect((await uiCustomizationOf(pool.id, pool.clients.mobile)).ClientId).toBe('ALL');

    // The hosted UI link is the emulator's page of the pool's domain.
    const hosted = page.getByRole('link', { name: 'Open hosted UI' });
    await page.getByLabel('Callback URL').selectOption('https://app.example.com/other');
    await expect(hosted).toHaveAttribute(
      'href',
      `${E2E_EMULATOR_URL}/hosted-ui/${pool.domain}/login?client_id=${pool.clients.web}&response_type=code&redirect_uri=${encodeURIComponent('https://app.example.com/other')}`,
    );

    await page.getByRole('button', { name: "Remove this client's own settings" }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove the own settings of web?' });
    await expect(dialog).toContainText(pool.clients.web);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(sets).toHaveLength(2);
    await page.getByRole('button', { name: "Remove this client's own settings" }).click();
    await dialog.getByRole('button', { name: 'Remove its settings' }).click();
    await expect(page.getByText('web uses the pool default again.')).toBeVisible();
    await expect(page.getByText('Every app client uses the pool default.')).toBeVisible();
    expect(sets).toHaveLength(3);
    expect((await uiCustomizationOf(pool.id, pool.clients.web)).ClientId).toBe('ALL');
  } finally {
    await removePool(pool.id);
  }
});

test('on the emulator, the Domain tab links each hosted-UI client to the emulator’s hosted page', async ({
  page,
}) => {
  const pool = await createBrandingPool();
  try {
    await signInFirstTime(page, 'admin');
    await page.goto(`/pools/${pool.id}/domain`);
    const signIn = page.getByRole('link', {
      name: `${E2E_EMULATOR_URL}/hosted-ui/${pool.domain}/login?client_id=${pool.clients.web}`,
    });
    await expect(signIn).toBeVisible({ timeout: 30_000 });
    const hosted = await page.request.get((await signIn.getAttribute('href')) ?? '');
    expect(hosted.status()).toBe(200);
    expect(await hosted.text()).toContain('submitButton-customizable');
  } finally {
    await removePool(pool.id);
  }
});

const badCss: { name: string; css: string; message: RegExp }[] = [
  {
    name: 'a class outside the list',
    css: '.header-customizable { color: red; }',
    message: /Line 1, column 1: \.header-customizable is not a class the hosted UI lets you style/,
  },
  {
    name: 'a property the class does not allow',
    css: '.logo-customizable {\n  color: red;\n}',
    message: /Line 2, column 3: color is not a property \.logo-customizable accepts/,
  },
  {
    name: 'a value out of range',
    css: '.label-customizable {\n  font-weight: 950;\n}',
    message: /Line 2, column 16: font-weight: "950" is outside the range AWS accepts/,
  },
  {
    name: '@import',
    css: '@import "https://evil.example.com/x.css";',
    message: /Line 1, column 1: @import is not allowed/,
  },
  {
    name: '@media',
    css: '@media (max-width: 400px) { .label-customizable { font-weight: 700; } }',
    message: /Line 1, column 1: @media is not allowed/,
  },
  {
    name: '@supports',
    css: '@supports (display: grid) { }',
    message: /@supports is not allowed/,
  },
  { name: '@page', css: '@page { margin: 0; }', message: /@page is not allowed/ },
  {
    name: 'url(javascript:)',
    css: '.background-customizable { background-color: url(javascript:alert(1)); }',
    message: /url\(javascript:…\) is script/,
  },
  {
    name: 'script',
    css: '.background-customizable { background-color: red; }\n</style><script>alert(1)</script>',
    message: /<script> is not allowed/,
  },
  {
    name: 'CSS over 3 KB',
    css: `.background-customizable {\n${'  background-color: #abcdef;\n'.repeat(120)}}`,
    message: /The CSS is \d+ bytes; AWS accepts at most 3 KB/,
  },
];

test('every bad input is refused where it was made; nothing is sent and nothing typed is lost', async ({
  page,
}) => {
  const pool = await createBrandingPool();
  try {
    await signInFirstTime(page, 'admin');
    await openBranding(page, pool.id);
    const sets = countSetUICustomization(page);
    const problems = page.getByRole('list', { name: 'Problems in the CSS' });
    for (const bad of badCss) {
      await cssText(page).fill(bad.css);
      await expect(problems, bad.name).toContainText(bad.message);
      await expect(cssText(page)).toHaveAttribute('aria-invalid', 'true');
      await page.getByRole('button', { name: 'Save branding' }).click();
      await expect(page.getByText('Nothing was saved: fix these first')).toBeVisible();
      await expect(cssText(page)).toHaveValue(bad.css);
    }

    // A value out of range in the CSS shows at its control too.
    await cssText(page).fill('.label-customizable {\n  font-weight: 950;\n}');
    const weight = controlsOf(page, 'Field labels', 'label-customizable').getByLabel(
      'Font weight font-weight',
      { exact: true },
    );
    await expect(weight).toHaveAttribute('aria-invalid', 'true');
    await expect(weight).toHaveAccessibleDescription(/outside the range AWS accepts/);

    // A value typed in a control is checked there too.
    await cssText(page).fill('');
    const banner = controlsOf(page, 'Banner around the logo', 'banner-customizable');
    const padding = banner.getByLabel('Padding (top right bottom left) padding', { exact: true });
    await padding.fill('10px 0');
    await expect(padding).toHaveAttribute('aria-invalid', 'true');
    await expect(padding).toHaveAccessibleDescription(/is not 4 sizes separated by spaces/);
    await expect(cssText(page)).toHaveValue(/padding: 10px 0;/);

    const logo = page.getByLabel('Logo file');
    await logo.setInputFiles({
      name: 'huge.png',
      mimeType: 'image/png',
      buffer: Buffer.concat([tinyPng, Buffer.alloc(110 * 1024)]),
    });
    await expect(
      page.getByText(/huge\.png: The logo is \d+ bytes; AWS accepts at most 100 KB/),
    ).toBeVisible();
    await expect(logo).toHaveAttribute('aria-invalid', 'true');
    await logo.setInputFiles({
      name: 'logo.gif',
      mimeType: 'image/gif',
      buffer: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'binary'),
    });
    await expect(page.getByText('logo.gif: The logo must be a PNG or JPEG image.')).toBeVisible();
    await expect(page.getByText('No logo.')).toBeVisible();

    await page.getByRole('button', { name: 'Save branding' }).click();
    await expect(page.getByText('Nothing was saved: fix these first')).toBeVisible();
    await expect(padding).toHaveValue('10px 0');
    expect(sets).toEqual([]);
    expect((await uiCustomizationOf(pool.id)).CSSVersion).toBeUndefined();
  } finally {
    await removePool(pool.id);
  }
});

test('a pool without a domain links to the Domain tab and cannot save', async ({ page }) => {
  const pool = await createBrandingPool({ domain: false });
  try {
    await signInFirstTime(page, 'admin');
    await openBranding(page, pool.id);
    const sets = countSetUICustomization(page);
    await expect(page.getByText('This pool has no domain')).toBeVisible();
    await cssText(page).fill('.background-customizable { background-color: #eeeeee; }');
    await expect(page.getByRole('button', { name: 'Save branding' })).toBeDisabled();
    await expect(cssText(page)).toHaveValue(/#eeeeee/);
    await page.getByRole('link', { name: 'Create a domain in the Domain tab' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Domain' })).toBeVisible();
    expect(sets).toEqual([]);
  } finally {
    await removePool(pool.id);
  }
});

test('the support agent sees the Branding tab read-only, with the preview', async ({ page }) => {
  const pool = await createBrandingPool();
  try {
    await signInFirstTime(page, 'admin');
    await openBranding(page, pool.id);
    await cssText(page).fill('.submitButton-customizable { background-color: #008000; }');
    await page.getByRole('button', { name: 'Save branding' }).click();
    await expect(page.getByText(/saved\.$/)).toBeVisible();
    await page.context().clearCookies();

    const support = await page.context().browser()!.newPage();
    await signInFirstTime(support, 'support');
    await support.goto(`/pools/${pool.id}`);
    await support.getByRole('link', { name: 'Branding' }).click();
    await expect(support.getByRole('heading', { level: 1, name: 'Branding' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(support.getByText('an administrator can change it')).toBeVisible();
    await expect(support.getByText(/Per-client settings are not listed/)).toBeVisible();
    await expect(cssText(support)).toHaveValue(/#008000/);
    await expect(cssText(support)).toHaveAttribute('readonly', '');
    const submit = controlsOf(support, 'Submit button', 'submitButton-customizable');
    await expect(
      submit.getByLabel('Background colour background-color', { exact: true }),
    ).toHaveAttribute('readonly', '');
    await expect(submit.getByLabel('Font weight font-weight', { exact: true })).toBeDisabled();
    await expect(support.getByRole('button', { name: /^Save/ })).toHaveCount(0);
    await expect(support.getByRole('button', { name: 'Remove logo' })).toHaveCount(0);
    await expect(support.getByLabel('Logo file')).toHaveCount(0);
    await expect(draftPreview(support).locator('input.submitButton-customizable')).toHaveCSS(
      'background-color',
      'rgb(0, 128, 0)',
    );
    await expectNoSeriousA11yViolations(support);
    await support.close();
  } finally {
    await removePool(pool.id);
  }
});
