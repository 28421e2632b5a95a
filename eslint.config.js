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
  message: 'Only src/aws and features/*/api may import the AWS SDK.',
};

/** Features do not import each other (bulletproof-react); shared code lives in src/components, src/lib, src/aws. */
const featureBoundaries = readdirSync('src/features').flatMap((feature) => {
  const otherFeatures = {
    group: ['@/features/*', `!@/features/${feature}`, `!@/features/${feature}/**`],
    message:
      'Features do not import each other: move shared code to src/components, src/lib or src/aws.',
  };
  return [
    {
      files: [`src/features/${feature}/**`],
      rules: { 'no-restricted-imports': ['error', { patterns: [otherFeatures, sdkOnlyInApi] }] },
    },
    {
      files: [`src/features/${feature}/api/**`],
      rules: { 'no-restricted-imports': ['error', { patterns: [otherFeatures] }] },
    },
  ];
});

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
  {
    files: ['src/aws/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  ...featureBoundaries,
  {
    files: ['emulator/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts', '*.config.ts'],
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
