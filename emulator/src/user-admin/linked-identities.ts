import type { UserRecord } from '../store/types.ts';
import { getAttribute } from './attributes.ts';

/** One entry of the `identities` attribute, as AWS shows a linked external identity. */
export interface LinkedIdentity {
  userId: string;
  providerName: string;
  providerType: string;
  issuer: string | null;
  primary: boolean;
  dateCreated: number;
  /** The SourceUser attribute the link matches on (Cognito_Subject or a mapped attribute). */
  attributeName?: string;
}

export function linkedIdentities(user: UserRecord): LinkedIdentity[] {
  const text = getAttribute(user, 'identities');
  if (!text) return [];
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed) ? (parsed as LinkedIdentity[]) : [];
  } catch {
    return [];
  }
}

export function setLinkedIdentities(user: UserRecord, identities: LinkedIdentity[]): void {
  const others = user.Attributes.filter((a) => a.Name !== 'identities');
  user.Attributes = identities.length
    ? [...others, { Name: 'identities', Value: JSON.stringify(identities) }]
    : others;
}
