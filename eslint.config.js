import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const sdkOnlyInApi = {
  group: ['@aws-sdk/*'],
  message: 'Only src/aws and src/api may import the AWS SDK.',
};

const noApp = {
  group: ['@/app', '@/app/**', '**/app/**'],
  message: 'src/app wires the features together; nothing below it imports it.',
};

const noFeatures = {
  group: ['@/features/**', '**/features/**'],
  message: 'Features sit above this layer: they import it, never the other way round.',
};

/**
 * Dependencies run one way: main → app → features → {api, routing, session, components} → aws →
 * lib. A feature may link to another only through its typed route builders (routes.ts).
 */
const featureBoundaries = readdirSync('src/features').map((feature) => ({
  files: [`src/features/${feature}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          noApp,
          sdkOnlyInApi,
          {
            group: ['@/features/*/**', `!@/features/${feature}/**`, '!@/features/*/routes'],
            message:
              'Features import each other only through their typed routes.ts to…() builders; move shared code to src/components, src/api or src/lib.',
          },
        ],
      },
    ],
  },
}));

/** Below the features: these layers import neither the app nor a feature. */
const belowFeatures = [
  { files: ['src/api/**'], patterns: [noApp, noFeatures] },
  {
    files: ['src/routing/**', 'src/session/**', 'src/components/**'],
    patterns: [noApp, noFeatures, sdkOnlyInApi],
  },
  {
    files: ['src/aws/**'],
    patterns: [
      noApp,
      noFeatures,
      {
        group: ['@/api/**', '@/components/**', '@/routing/**', '@/session/**'],
        message: 'src/aws sits below api, routing, session and components.',
      },
    ],
  },
  {
    files: ['src/lib/**'],
    patterns: [
      noApp,
      noFeatures,
      sdkOnlyInApi,
      {
        group: ['@/api/**', '@/aws/**', '@/components/**', '@/routing/**', '@/session/**'],
        message: 'src/lib holds pure helpers: it imports nothing of the console.',
      },
    ],
  },
].map(({ files, patterns }) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
}));

export default tseslint.config(
  {
    ignores: [
      'dist-*',
      'dist',
      'node_modules',
      'emulator/src/protocol/*.generated.ts',
      'test-results*',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [sdkOnlyInApi] }],
    },
  },
  ...belowFeatures,
  ...featureBoundaries,
  {
    files: [
      'emulator/**/*.ts',
      'scripts/**/*.ts',
      'deploy/**/*.ts',
      'bench/**/*.ts',
      'e2e/**/*.ts',
      '*.config.ts',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['e2e/**/*.ts'],
    ...playwright.configs['flat/recommended'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
