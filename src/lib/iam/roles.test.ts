import { describe, expect, it } from 'vitest';
import readme from '../../../README.md?raw';
import { canCall, policyDocument, rolesAllowed, SUPPORT_READS, SUPPORT_WRITES } from './roles';

/** The JSON block that follows a heading line such as "**Support role** policy". */
function readmePolicy(heading: string): unknown {
  const at = readme.indexOf(heading);
  expect(at, `README has no "${heading}"`).toBeGreaterThan(-1);
  const block = /```json\n([\s\S]*?)\n```/.exec(readme.slice(at));
  expect(block, `README has no JSON block after "${heading}"`).not.toBeNull();
  return JSON.parse(block![1]!);
}

describe('the README prints the policies the table defines', () => {
  it('admin', () => {
    expect(readmePolicy('**Admin role** policy')).toEqual(policyDocument('admin'));
  });

  it('support', () => {
    expect(readmePolicy('**Support role** policy')).toEqual(policyDocument('support'));
  });
});

describe('canCall', () => {
  it('lets support make the reads a support desk needs and its four fixes', () => {
    for (const operation of [...SUPPORT_READS, ...SUPPORT_WRITES, 'ListUserPools']) {
      expect(canCall('support', operation), operation).toBe(true);
    }
  });

  it('refuses support whatever returns a secret, pool configuration and every other write', () => {
    for (const operation of [
      'DescribeUserPoolClient',
      'DescribeIdentityProvider',
      'ListUserPoolClients',
      'ListIdentityProviders',
      'ListResourceServers',
      'DescribeUserPoolDomain',
      'AdminDeleteUser',
      'AdminSetUserPassword',
      'AdminAddUserToGroup',
      'CreateUserPool',
      'UpdateUserPoolClient',
    ]) {
      expect(canCall('support', operation), operation).toBe(false);
    }
  });

  it('lets admin call everything', () => {
    for (const operation of ['DescribeUserPoolClient', 'DeleteUserPool', 'CreateUserPool']) {
      expect(canCall('admin', operation), operation).toBe(true);
    }
  });
});

describe('the pool configuration tabs (README table)', () => {
  const tabs = {
    Settings: {
      admin: [
        'DescribeUserPool',
        'GetUserPoolMfaConfig',
        'UpdateUserPool',
        'SetUserPoolMfaConfig',
        'AddCustomAttributes',
      ],
      support: ['DescribeUserPool', 'GetUserPoolMfaConfig'],
    },
    Branding: {
      admin: [
        'DescribeUserPool',
        'DescribeUserPoolDomain',
        'ListUserPoolClients',
        'DescribeUserPoolClient',
        'GetUICustomization',
        'SetUICustomization',
      ],
      support: ['DescribeUserPool', 'GetUICustomization'],
    },
  };

  it('the README lists each call', () => {
    for (const [tab, calls] of Object.entries(tabs)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| ${tab} `));
      expect(row, tab).toBeDefined();
      const [admin, support] = row!
        .split('|')
        .slice(2, 4)
        .map((cell) => cell.trim().split(', '));
      expect(admin, tab).toEqual(calls.admin);
      expect(support, tab).toEqual(calls.support);
    }
  });

  it('admin may make every call, support the reads', () => {
    for (const [tab, calls] of Object.entries(tabs)) {
      for (const operation of calls.admin)
        expect(canCall('admin', operation), `${tab} ${operation}`).toBe(true);
      for (const operation of calls.support)
        expect(canCall('support', operation), `${tab} ${operation}`).toBe(true);
      for (const operation of calls.admin.filter((o) => !calls.support.includes(o))) {
        expect(canCall('support', operation), `${tab} ${operation}`).toBe(false);
      }
    }
  });
});

describe('rolesAllowed', () => {
  it('names every role a call is open to, strongest first', () => {
    expect(rolesAllowed('ListUsers')).toEqual(['admin', 'support']);
    expect(rolesAllowed('AdminDisableUser')).toEqual(['admin', 'support']);
    expect(rolesAllowed('DescribeUserPoolClient')).toEqual(['admin']);
  });
});
