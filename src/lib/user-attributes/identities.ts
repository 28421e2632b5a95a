/** One external identity linked to a user, from the `identities` attribute Cognito maintains. */
export interface LinkedIdentity {
  providerName: string;
  providerType?: string;
  userId: string;
  primary?: boolean;
  dateCreated?: Date;
  issuer?: string;
}

export type ParsedIdentities =
  { ok: true; identities: LinkedIdentity[] } | { ok: false; raw: string };

const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/**
 * Parses the `identities` attribute (a JSON array as text) without trusting it: anything that is
 * not an array of objects with a provider name and user id is reported as unreadable, and the raw
 * text is kept so the page can still show it (as text).
 */
export function parseIdentities(value: string | undefined): ParsedIdentities {
  if (value === undefined || value.trim() === '') return { ok: true, identities: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return { ok: false, raw: value };
  }
  if (!Array.isArray(parsed)) return { ok: false, raw: value };
  const identities: LinkedIdentity[] = [];
  for (const item of parsed) {
    if (typeof item !== 'object' || item === null) return { ok: false, raw: value };
    const entry = item as Record<string, unknown>;
    const providerName = asString(entry.providerName);
    const userId = asString(entry.userId);
    if (!providerName || !userId) return { ok: false, raw: value };
    const created = typeof entry.dateCreated === 'number' ? new Date(entry.dateCreated) : undefined;
    identities.push({
      providerName,
      userId,
      providerType: asString(entry.providerType),
      primary: typeof entry.primary === 'boolean' ? entry.primary : entry.primary === 'true',
      dateCreated: created && !Number.isNaN(created.getTime()) ? created : undefined,
      issuer: asString(entry.issuer) ?? undefined,
    });
  }
  return { ok: true, identities };
}
