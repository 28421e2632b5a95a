import { describe, expect, it } from 'vitest';
import { userDisplayName, usernamesAreGenerated } from './display-name';

const uuid = 'a08ff49b-5c1d-4f0e-9d7a-2b3c4d5e6f70';

describe('usernamesAreGenerated', () => {
  it('is true when users sign in with email or phone instead of a username', () => {
    expect(usernamesAreGenerated(['email'])).toBe(true);
    expect(usernamesAreGenerated(['phone_number'])).toBe(true);
    expect(usernamesAreGenerated(['email', 'phone_number'])).toBe(true);
    expect(usernamesAreGenerated([])).toBe(false);
  });
});

describe('userDisplayName', () => {
  it('names a user of an email-as-username pool by their email, not the generated ID', () => {
    const user = { username: uuid, attributes: { email: 'admin@example.com', sub: uuid } };
    expect(userDisplayName(user, ['email'])).toBe('admin@example.com');
  });

  it('prefers the phone number in a phone-only pool, and email when there is no phone', () => {
    const both = {
      username: uuid,
      attributes: { email: 'a@example.com', phone_number: '+14155550100' },
    };
    expect(userDisplayName(both, ['phone_number'])).toBe('+14155550100');
    expect(userDisplayName(both, ['email', 'phone_number'])).toBe('a@example.com');
    const emailOnly = { username: uuid, attributes: { email: 'a@example.com' } };
    expect(userDisplayName(emailOnly, ['phone_number'])).toBe('a@example.com');
  });

  it('falls back to preferred_username, then name, then the username', () => {
    expect(
      userDisplayName({ username: uuid, attributes: { preferred_username: 'ana', name: 'Ana' } }, [
        'email',
      ]),
    ).toBe('ana');
    expect(
      userDisplayName({ username: uuid, attributes: { name: 'Ana', email: '  ' } }, ['email']),
    ).toBe('Ana');
    expect(userDisplayName({ username: uuid, attributes: {} }, ['email'])).toBe(uuid);
  });

  it('keeps the username in pools where users choose one', () => {
    const user = { username: 'demo.customer', attributes: { email: 'demo@example.com' } };
    expect(userDisplayName(user, [])).toBe('demo.customer');
  });

  it('reads only the attributes the user has, whatever the prototype holds', () => {
    const attributes = Object.create(null) as Record<string, string>;
    expect(userDisplayName({ username: uuid, attributes }, ['email'])).toBe(uuid);
    expect(userDisplayName({ username: uuid, attributes: {} }, ['email'])).toBe(uuid);
  });
});
