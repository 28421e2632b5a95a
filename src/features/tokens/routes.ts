import { defineRoute } from '@/routing/routing';

export const decodeTokenRoute = defineRoute({
  path: '/tokens/decode',
  // Decoding runs in the browser and the pool's keys are public: no Cognito operation, every role.
  operations: [],
  crumb: () => 'Decode a token',
  load: () => import('./pages/DecodeTokenPage').then((m) => m.DecodeTokenPage),
});

export const toDecodeToken = decodeTokenRoute.to;

export const tokenRoutes = [decodeTokenRoute];

export const tokenNavItems = [
  { label: 'Decode a token', route: decodeTokenRoute, to: toDecodeToken({}) },
];
