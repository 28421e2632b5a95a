/** The groups of the Settings tab, in page order; each id is the anchor a link can point to. */
export const settingsSections = [
  { id: 'sign-in', label: 'Sign-in' },
  { id: 'mfa', label: 'MFA' },
  { id: 'sign-up', label: 'Sign-up' },
  { id: 'schema', label: 'Attributes' },
  { id: 'messages', label: 'Messages' },
  { id: 'triggers', label: 'Triggers' },
  { id: 'protection', label: 'Protection and tags' },
] as const;

export type SettingsSectionId = (typeof settingsSections)[number]['id'];
