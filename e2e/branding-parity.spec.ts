import { expect, test, type Frame } from '@playwright/test';
import { elementSelectors } from '../src/lib/hosted-ui/element-selectors.ts';
import type { HostedView } from '../src/lib/hosted-ui/render-hosted-page.ts';
import {
  customizableSelectors,
  type ValueKind,
} from '../src/lib/ui-customization/allowed-properties.ts';
import { serializeCss } from '../src/lib/ui-customization/css-edit.ts';
import {
  createBrandingPool,
  cssText,
  openBranding,
  removePool,
  tinyPng,
  uiCustomizationOf,
} from './support/branding-page.ts';
import { resetEmulator } from './support/emulator.ts';
import { E2E_EMULATOR_URL } from './support/ports.ts';
import { signInFirstTime } from './support/sign-in-page.ts';

/** A value AWS accepts for each kind, unlike the hosted page's defaults. */
function sampleValue(kind: ValueKind, index: number): string {
  const colours = ['#123456', '#a0522d', '#2e8b57', '#8b008b', '#ff8c00', '#4682b4'];
  switch (kind.kind) {
    case 'color':
      return colours[index % colours.length]!;
    case 'length':
      return kind.units[0] === '%' ? '90%' : `${13 + index}${kind.units[0]}`;
    case 'lengths':
      return Array.from({ length: kind.count.max }, (_, i) => `${3 + i}px`).join(' ');
    case 'fontWeightNumber':
      return '600';
    case 'enum':
      return kind.values[1] ?? kind.values[0]!;
    case 'border':
      return '3px solid #654321';
  }
}

/** Every allowed property of every selector, set. */
const everyPropertyCss = serializeCss(
  customizableSelectors.map((entry) => ({
    selector: entry.selector,
    declarations: entry.properties.map((p, i) => ({
      property: p.name,
      value: sampleValue(p.value, i),
    })),
  })),
);

async function computedStyles(frame: Frame, view: HostedView) {
  return frame.evaluate(
    ({ selectors, properties }) => {
      const result: Record<string, Record<string, string>> = {};
      for (const [className, selector] of Object.entries(selectors)) {
        const el = document.querySelector(selector);
        if (!el) continue;
        const style = getComputedStyle(el);
        result[className] = Object.fromEntries(
          (properties[className] ?? []).map((p) => [p, style.getPropertyValue(p)]),
        );
      }
      return result;
    },
    {
      selectors: elementSelectors[view],
      properties: Object.fromEntries(
        customizableSelectors
          .filter((s) => !s.pseudo)
          .map((s) => [s.className, s.properties.map((p) => p.name)]),
      ),
    },
  );
}

test.beforeEach(async () => {
  test.slow();
  await resetEmulator();
});

test('after saving, each customizable class looks the same in the preview and on the emulator’s hosted page', async ({
  page,
  browser,
}) => {
  const pool = await createBrandingPool();
  try {
    await signInFirstTime(page, 'admin');
    await openBranding(page, pool.id);
    await cssText(page).fill(everyPropertyCss);
    await expect(page.getByRole('list', { name: 'Problems in the CSS' })).toHaveCount(0);
    await page.getByLabel('Logo file').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: tinyPng,
    });
    await page.getByLabel('Show an error message').uncheck();
    await page.getByRole('button', { name: 'Save branding' }).click();
    await expect(page.getByText('Branding of Pool default (all app clients) saved.')).toBeVisible();
    expect((await uiCustomizationOf(pool.id)).CSS).toBe(everyPropertyCss);
    // Only the saved version is left: the preview of the saved settings.
    const saved = page.locator('iframe[title="Saved preview"]');
    await expect(saved).toBeVisible();

    const hosted = await browser.newPage({ viewport: { width: 1024, height: 640 } });
    const views: [HostedView, string][] = [
      ['signIn', 'login'],
      ['signUp', 'signup'],
      ['forgotPassword', 'forgotPassword'],
    ];
    const viewLabels = { signIn: 'Sign in', signUp: 'Sign up', forgotPassword: 'Forgot password' };
    for (const [view, path] of views) {
      await page.getByRole('radio', { name: viewLabels[view], exact: true }).check();
      if (view === 'signUp') await page.getByLabel('Sample password (password checks)').fill('');
      const frameElement = await saved.elementHandle();
      await expect
        .poll(async () =>
          (await frameElement!.contentFrame())?.locator('form').getAttribute('name'),
        )
        .toBe(
          {
            signIn: 'cognitoSignInForm',
            signUp: 'cognitoSignUpForm',
            forgotPassword: 'cognitoForgotPasswordForm',
          }[view],
        );
      const preview = await computedStyles((await frameElement!.contentFrame())!, view);
      // The saved CSS is what both show, not the page's defaults.
      expect(preview['background-customizable']?.['background-color']).toBe('rgb(18, 52, 86)');

      await hosted.goto(
        `${E2E_EMULATOR_URL}/hosted-ui/${pool.domain}/${path}?client_id=${pool.clients.web}&response_type=code&redirect_uri=${encodeURIComponent('https://app.example.com/callback')}`,
      );
      await expect(hosted.locator('img.logo-customizable')).toHaveJSProperty('complete', true);
      const emulator = await computedStyles(hosted.mainFrame(), view);
      const compared = Object.keys(preview).filter((c) => c in emulator);
      // Every class the page shows: no error message here, and an empty password meets no rule.
      expect(compared, view).toHaveLength({ signIn: 12, signUp: 13, forgotPassword: 8 }[view]);
      for (const className of compared) {
        expect(preview[className], `${view} .${className}`).toEqual(emulator[className]);
      }
    }
    await hosted.close();
  } finally {
    await removePool(pool.id);
  }
});
