import {
  AdminListGroupsForUserCommand,
  CreateGroupCommand,
  DeleteGroupCommand,
  ListUsersCommand,
  ListUsersInGroupCommand,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { resetEmulator } from './support/emulator.ts';
import { signInFirstTime } from './support/sign-in-page.ts';
import {
  adminClient,
  attributesOf,
  createCustomer,
  customerPoolId,
  deleteCustomer,
  openCustomerUsers,
  quickSearch,
  userLink,
  usersTable,
} from './support/users-search-page.ts';

test.beforeEach(async () => {
  await resetEmulator();
});

/** Every member of a group of the customer pool, read with the admin key (setup only). */
async function membersOf(group: string): Promise<UserType[]> {
  const users: UserType[] = [];
  let token: string | undefined;
  do {
    const out = await adminClient().send(
      new ListUsersInGroupCommand({
        UserPoolId: customerPoolId,
        GroupName: group,
        Limit: 60,
        NextToken: token,
      }),
    );
    users.push(...(out.Users ?? []));
    token = out.NextToken;
  } while (token);
  return users;
}

async function groupsOf(username: string): Promise<string[]> {
  const out = await adminClient().send(
    new AdminListGroupsForUserCommand({ UserPoolId: customerPoolId, Username: username }),
  );
  return (out.Groups ?? []).map((g) => g.GroupName!).sort((a, b) => a.localeCompare(b));
}

async function showGroupsColumn(page: Page) {
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Groups', exact: true }).check();
  await page.getByText('Columns', { exact: true }).click();
  await expect(usersTable(page).getByRole('columnheader', { name: 'Groups' })).toBeVisible();
}

/** The row of one user in the results table. */
function rowOf(page: Page, username: string) {
  const link = page.getByRole('link', { name: username, exact: true });
  return usersTable(page).getByRole('row').filter({ has: link });
}

const groupSelect = (page: Page) => page.getByLabel('Group', { exact: true });

/** How many calls of one Cognito operation the page makes from now on. */
function countCalls(page: Page, operation: string) {
  const counter = { calls: 0 };
  page.on('request', (request) => {
    if ((request.headers()['x-amz-target'] ?? '').endsWith(`.${operation}`)) counter.calls += 1;
  });
  return counter;
}

test('the Groups column shows a user’s groups, and picking a group lists exactly its members', async ({
  page,
}) => {
  const premium = await membersOf('premium');
  const premiumNames = new Set(premium.map((u) => u.Username!));
  expect(premium.length).toBeGreaterThan(5);
  const member = premium[0]!;
  const memberGroups = await groupsOf(member.Username!);

  await signInFirstTime(page, 'support');
  const perUser = countCalls(page, 'AdminListGroupsForUser');
  await openCustomerUsers(page);
  await showGroupsColumn(page);
  await quickSearch(page, attributesOf(member).email!);
  await expect(
    rowOf(page, member.Username!).getByRole('cell', { name: memberGroups.join(', '), exact: true }),
  ).toBeVisible();
  // The pool's few groups are mapped with ListUsersInGroup: no call per row.
  expect(perUser.calls).toBe(0);

  // Pick a group: its members, and only them.
  await page.getByRole('searchbox', { name: 'Search users' }).press('Escape');
  await expect(page.getByText('Showing 1–60')).toBeVisible();
  await groupSelect(page).selectOption('premium');
  await expect(page).toHaveURL(/[?&]group=premium(&|$)/);
  await expect(page.getByText(`${premium.length} members`, { exact: true })).toBeVisible();
  await expect(usersTable(page)).toHaveAttribute('aria-rowcount', String(premium.length + 1));
  const shown = await usersTable(page).getByRole('rowheader').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  for (const name of shown) expect(premiumNames.has(name.trim())).toBe(true);
  await expect(
    usersTable(page)
      .getByRole('cell', { name: /premium/ })
      .first(),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Clearing the group returns to the whole pool.
  await groupSelect(page).selectOption('');
  await expect(page).not.toHaveURL(/group=/);
  await expect(page.getByText('Showing 1–60')).toBeVisible();
});

test('the search narrows a group’s members, and the link reopens the same view', async ({
  page,
}) => {
  const premium = await membersOf('premium');
  const premiumNames = new Set(premium.map((u) => u.Username!));
  const member = premium[0]!;
  const { Users: firstPage = [] } = await adminClient().send(
    new ListUsersCommand({ UserPoolId: customerPoolId, Limit: 60 }),
  );
  const outsider = firstPage.find((u) => !premiumNames.has(u.Username!))!;
  // A given name some members have: the search box reads one word as the start of a name or handle.
  const given = attributesOf(premium[1]!).given_name!;
  const lower = given.toLowerCase();
  const expectedByName = premium.filter((u) => {
    const a = attributesOf(u);
    return (
      [a.given_name, a.family_name, a.name].some((v) => v?.startsWith(given)) ||
      [u.Username, a.preferred_username, a.email].some((v) => v?.startsWith(lower))
    );
  });

  await signInFirstTime(page, 'support');
  await openCustomerUsers(page);
  await groupSelect(page).selectOption('premium');
  await expect(page.getByText(`${premium.length} members`, { exact: true })).toBeVisible();

  // By email, by a non-member's email, and by name.
  await quickSearch(page, attributesOf(member).email!);
  await expect(userLink(page, member.Username!)).toBeVisible();
  await expect(usersTable(page)).toHaveAttribute('aria-rowcount', '2');
  await quickSearch(page, attributesOf(outsider).email!);
  await expect(page.getByText('No member found')).toBeVisible();
  await quickSearch(page, lower);
  await expect(usersTable(page)).toHaveAttribute(
    'aria-rowcount',
    String(expectedByName.length + 1),
  );
  await expect(userLink(page, premium[1]!.Username!)).toBeVisible();
  await expect(groupSelect(page)).toHaveValue('premium');

  // The link reopens the same view.
  const shared = page.url();
  expect(new URL(shared).searchParams.get('q')).toBe(lower);
  expect(new URL(shared).searchParams.get('group')).toBe('premium');
  await page.goto('/pools');
  await expect(page.getByRole('heading', { name: 'User pools' })).toBeVisible();
  await page.goto(shared);
  await expect(groupSelect(page)).toHaveValue('premium');
  await expect(page.getByRole('searchbox', { name: 'Search users' })).toHaveValue(lower);
  await expect(usersTable(page)).toHaveAttribute(
    'aria-rowcount',
    String(expectedByName.length + 1),
  );

  // Clearing the search keeps the group.
  await page.getByRole('link', { name: 'Clear search' }).click();
  await expect(page.getByText(`${premium.length} members`, { exact: true })).toBeVisible();
  await expect(groupSelect(page)).toHaveValue('premium');
});

test('after adding a user to a group on the user page, the list’s Groups column shows it', async ({
  page,
}) => {
  const username = `grp-${Date.now()}`;
  await createCustomer(username, { email: `${username}@example.com` });
  try {
    await signInFirstTime(page, 'admin');
    await openCustomerUsers(page);
    await showGroupsColumn(page);
    await quickSearch(page, username);
    const row = rowOf(page, username);
    await expect(row).toBeVisible();
    await expect(row).not.toContainText('Loading…');
    await expect(row).not.toContainText('beta-testers');

    await userLink(page, username).click();
    await page.getByLabel('Add to group').selectOption('beta-testers');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(
      page.getByRole('list', { name: 'Groups of the user' }).getByText('beta-testers'),
    ).toBeVisible();

    // Back to the list the way a user goes: the Groups column and the group's list show it.
    await page
      .getByRole('navigation', { name: 'Pool sections' })
      .getByRole('link', { name: 'Users' })
      .click();
    await showGroupsColumn(page);
    await quickSearch(page, username);
    await expect(rowOf(page, username).getByRole('cell', { name: 'beta-testers' })).toBeVisible();
    await groupSelect(page).selectOption('beta-testers');
    await expect(userLink(page, username)).toBeVisible();
  } finally {
    await deleteCustomer(username);
  }
});

test('in a pool with more groups than the map reads, each row in view asks for its own groups', async ({
  page,
}) => {
  const stamp = Date.now();
  const extra = Array.from({ length: 30 }, (_, i) => `team-${stamp}-${String(i).padStart(2, '0')}`);
  for (const GroupName of extra) {
    await adminClient().send(new CreateGroupCommand({ UserPoolId: customerPoolId, GroupName }));
  }
  const [member] = await membersOf('premium');
  const memberGroups = await groupsOf(member!.Username!);
  try {
    await signInFirstTime(page, 'support');
    const perUser = countCalls(page, 'AdminListGroupsForUser');
    const scanned = countCalls(page, 'ListUsersInGroup');
    await openCustomerUsers(page);
    await expect(page.getByText('Showing 1–60')).toBeVisible();
    await showGroupsColumn(page);
    await expect(usersTable(page).getByRole('cell', { name: 'Loading…' })).toHaveCount(0);
    // Only the rows in view (and a few beyond) are asked, not the page's 60.
    expect(perUser.calls).toBeGreaterThan(0);
    expect(perUser.calls).toBeLessThan(60);
    expect(scanned.calls).toBe(0);

    await quickSearch(page, attributesOf(member!).email!);
    await expect(
      rowOf(page, member!.Username!).getByRole('cell', {
        name: memberGroups.join(', '),
        exact: true,
      }),
    ).toBeVisible();
  } finally {
    for (const GroupName of extra) {
      await adminClient().send(new DeleteGroupCommand({ UserPoolId: customerPoolId, GroupName }));
    }
  }
});
