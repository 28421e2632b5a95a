import type { UserPoolRecord } from '../store/types.ts';
import { createUser, type UserStatus } from '../users/users.ts';
import { addUserToGroup } from '../users/groups.ts';
import type { Prng } from './prng.ts';

const FIRST_NAMES = [
  'Olivia',
  'Liam',
  'Emma',
  'Noah',
  'Amelia',
  'Oliver',
  'Sophia',
  'Elijah',
  'Mia',
  'James',
  'Charlotte',
  'William',
  'Ava',
  'Lucas',
  'Harper',
  'Mateo',
  'Isabella',
  'Ethan',
  'Aisha',
  'Kenji',
  'Priya',
  'Diego',
  'Fatima',
  'Lukas',
  'Chloé',
  'Søren',
  'Yuki',
  'Mohammed',
  'Zoë',
  'Anders',
  'Camila',
  'Rafael',
  'Ingrid',
  'Tomás',
  'Leila',
  'Hiroshi',
  'Nadia',
  'Pablo',
  'Freya',
  'Arjun',
];
const LAST_NAMES = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Nguyen',
  'Patel',
  'Kim',
  'Müller',
  'Schmidt',
  'Dubois',
  'Rossi',
  'Tanaka',
  'Sato',
  'Kowalski',
  'Novak',
  'Okafor',
  'Haddad',
  'Larsen',
  "O'Brien",
  'Fernández',
  'Silva',
  'Ivanova',
  'Chen',
  'Singh',
  'Cohen',
  'Berg',
  'Costa',
];
const DOMAINS = [
  'example.com',
  'example.org',
  'example.net',
  'mail.example.com',
  'acme-corp.example',
];
const LOCALES = [
  { locale: 'en-US', zoneinfo: 'America/New_York', phone: '+1' },
  { locale: 'en-US', zoneinfo: 'America/Los_Angeles', phone: '+1' },
  { locale: 'en-GB', zoneinfo: 'Europe/London', phone: '+44' },
  { locale: 'de-DE', zoneinfo: 'Europe/Berlin', phone: '+49' },
  { locale: 'fr-FR', zoneinfo: 'Europe/Paris', phone: '+33' },
  { locale: 'ja-JP', zoneinfo: 'Asia/Tokyo', phone: '+81' },
  { locale: 'es-ES', zoneinfo: 'Europe/Madrid', phone: '+34' },
] as const;
const TIERS = ['free', 'free', 'free', 'silver', 'silver', 'gold', 'platinum'] as const;
const PLANS = ['starter', 'starter', 'growth', 'business', 'enterprise'] as const;
const STATUSES: readonly UserStatus[] = [
  ...Array<UserStatus>(70).fill('CONFIRMED'),
  ...Array<UserStatus>(10).fill('UNCONFIRMED'),
  ...Array<UserStatus>(8).fill('FORCE_CHANGE_PASSWORD'),
  ...Array<UserStatus>(5).fill('RESET_REQUIRED'),
  ...Array<UserStatus>(7).fill('EXTERNAL_PROVIDER'),
];

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();
}

function phoneNumber(prng: Prng, prefix: string): string {
  let national = String(prng.int(2, 9));
  while (national.length < 10) national += String(prng.int(0, 9));
  return `${prefix}${national}`;
}

/**
 * Generates `count` realistic customers into the acme-customers pool: varied statuses, some
 * disabled, names, emails, E.164 phones and custom attributes. No passwords: SRP verifiers for
 * thousands of users would make every reset slow, and these users are for browsing.
 */
export function seedCustomers(
  record: UserPoolRecord,
  count: number,
  prng: Prng,
  nowMs: number,
): void {
  const groups = [...record.groups.keys()];
  const twoYearsMs = 2 * 365 * 86_400_000;
  for (let i = 0; i < count; i++) {
    const first = prng.pick(FIRST_NAMES);
    const last = prng.pick(LAST_NAMES);
    const place = prng.pick(LOCALES);
    const status = prng.pick(STATUSES);
    const createdAt = nowMs - Math.floor(prng.next() * twoYearsMs);
    const handle = `${ascii(first)}.${ascii(last)}`;
    const email = `${handle}${i}@${prng.pick(DOMAINS)}`;
    const attributes: Record<string, string> = {
      email,
      email_verified: String(
        status === 'CONFIRMED' || status === 'EXTERNAL_PROVIDER' ? prng.chance(0.95) : false,
      ),
      given_name: first,
      family_name: last,
      name: `${first} ${last}`,
      locale: place.locale,
      zoneinfo: place.zoneinfo,
      'custom:tier': prng.pick(TIERS),
      'custom:customer_id': `CUS-${String(100000 + i)}`,
      'custom:plan': prng.pick(PLANS),
      'custom:loyalty_points': String(prng.int(0, 25_000)),
    };
    if (prng.chance(0.6)) {
      attributes.phone_number = phoneNumber(prng, place.phone);
      attributes.phone_number_verified = String(prng.chance(0.7));
    }
    if (prng.chance(0.3)) {
      attributes.birthdate = `${prng.int(1950, 2005)}-${String(prng.int(1, 12)).padStart(2, '0')}-${String(prng.int(1, 28)).padStart(2, '0')}`;
    }
    if (prng.chance(0.15)) attributes.preferred_username = `${handle}${i}`;

    let username = `${handle}${i}`;
    if (status === 'EXTERNAL_PROVIDER') {
      const provider = prng.pick(['Google', 'Facebook', 'SignInWithApple'] as const);
      const providerUserId =
        String(prng.int(100_000_000, 999_999_999)) + String(prng.int(100_000_000, 999_999_999));
      username = `${provider.toLowerCase()}_${providerUserId}`;
      attributes.identities = JSON.stringify([
        {
          userId: providerUserId,
          providerName: provider,
          providerType: provider,
          issuer: null,
          primary: 'true',
          dateCreated: String(createdAt),
        },
      ]);
    }

    const user = createUser(record, {
      Username: username,
      sub: prng.uuid(),
      attributes,
      status,
      enabled: !prng.chance(0.04),
      now: createdAt + Math.floor(prng.next() * (nowMs - createdAt)),
      createdAt,
    });
    if (groups.length > 0 && prng.chance(0.25))
      addUserToGroup(record, user.Username, prng.pick(groups));
  }
}
