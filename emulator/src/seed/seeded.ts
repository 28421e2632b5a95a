import { DEMO } from '../config.ts';

/** Fixed ids of the demo data, for tests and scripts. */
export const SEEDED = {
  adminPool: {
    id: DEMO.adminPoolId,
    name: 'cognito-console-admins',
    clientId: DEMO.adminClientId,
    groups: ['admins', 'support'],
    admin: { email: DEMO.adminEmail, temporaryPassword: DEMO.adminTemporaryPassword },
    support: { email: DEMO.supportEmail, temporaryPassword: DEMO.supportTemporaryPassword },
  },
  customerPool: {
    id: 'us-east-1_AcmeCust1',
    name: DEMO.customerPoolName,
    webClientId: '4cmewebc11ent00000000000a1',
    backendClientId: '4cmeback3ndc11ent0000000b2',
    groups: ['premium', 'beta-testers', 'enterprise-admins'],
    customAttributes: ['custom:tier', 'custom:customer_id', 'custom:plan', 'custom:loyalty_points'],
    /** A CONFIRMED customer with a known password (sign-in tests); sign in by username or email. */
    demoCustomer: {
      username: 'demo.customer',
      email: 'demo.customer@example.com',
      password: 'Customer-Pass-2026!',
    },
  },
  staffPool: {
    id: 'us-east-1_AcmeStaff',
    name: 'acme-staff',
    clientId: '4cmestaffc11ent0000000000c',
  },
  partnersPool: {
    id: 'eu-west-1_Partners1',
    name: 'partners-eu',
    region: 'eu-west-1',
    clientId: 'partner5portalc11ent00000d',
  },
} as const;
