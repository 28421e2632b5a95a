import { expect, test, type Locator, type Page } from '@playwright/test';
import { SEEDED } from '../emulator/src/seed/seeded.ts';
import { resetEmulator } from './support/emulator.ts';
import { signInFirstTime } from './support/sign-in-page.ts';
import { openCustomerUsers, usersTable } from './support/users-search-page.ts';

// Nothing is cut off and the page never scrolls sideways: wide content wraps or scrolls inside
// its own container, at a desktop and at a narrow window width.

test.beforeEach(async () => {
  await resetEmulator();
});

async function pageScrollsSideways(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    return root.scrollWidth > root.clientWidth;
  });
}

/** The element's box lies inside its scroll container's visible box and the window. */
async function fullyVisible(element: Locator) {
  return element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const inside = (outer: DOMRect) =>
      box.left >= outer.left - 0.5 &&
      box.right <= outer.right + 0.5 &&
      box.top >= outer.top - 0.5 &&
      box.bottom <= outer.bottom + 0.5;
    let visible = box.width > 0 && box.right <= window.innerWidth && box.left >= 0;
    for (let p = el.parentElement; p; p = p.parentElement) {
      const style = getComputedStyle(p);
      if (/(auto|scroll|hidden)/.test(style.overflowX))
        visible &&= inside(p.getBoundingClientRect());
    }
    return visible;
  });
}

for (const width of [1440, 800]) {
  test(`at ${width} px the users table shows its Created column and the pool overview fits`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await signInFirstTime(page, 'admin');
    await openCustomerUsers(page);
    const created = usersTable(page).getByRole('columnheader', { name: 'Created', exact: true });
    await expect(created).toBeVisible();
    await expect(usersTable(page).getByRole('row')).not.toHaveCount(1);
    expect(await fullyVisible(created)).toBe(true);
    expect(await pageScrollsSideways(page)).toBe(false);

    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: new RegExp(`^${SEEDED.customerPool.name}`) })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: SEEDED.customerPool.name }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Attributes schema' })).toBeVisible();
    expect(await pageScrollsSideways(page)).toBe(false);
  });
}
