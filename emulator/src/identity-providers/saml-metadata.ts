import { invalidParameter } from '../protocol/errors.ts';

const REDIRECT_BINDING = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';

/** Attribute values of every `<…:tag …>` element in the XML, by attribute name. */
function elements(xml: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const pattern = new RegExp(`<(?:[\\w-]+:)?${tag}\\b([^>]*)>`, 'g');
  for (const match of xml.matchAll(pattern)) {
    const attributes: Record<string, string> = {};
    for (const attr of (match[1] ?? '').matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
      attributes[attr[1]!] = attr[3] ?? attr[4] ?? '';
    }
    out.push(attributes);
  }
  return out;
}

function redirectLocation(xml: string, tag: string): string | undefined {
  const services = elements(xml, tag);
  return (services.find((s) => s.Binding === REDIRECT_BINDING) ?? services[0])?.Location;
}

/**
 * The endpoints AWS reads from an IdP's metadata. Only MetadataFile can be read here: a
 * MetadataURL would need the network, so nothing is derived from it.
 */
export function samlDerivedDetails(details: Record<string, string>): Record<string, string> {
  const xml = details.MetadataFile;
  if (!xml) return {};
  if (
    elements(xml, 'EntityDescriptor').length === 0 ||
    elements(xml, 'IDPSSODescriptor').length === 0
  ) {
    throw invalidParameter('Invalid SAML metadata: no IDPSSODescriptor found.');
  }
  const sso = redirectLocation(xml, 'SingleSignOnService');
  if (!sso) throw invalidParameter('Invalid SAML metadata: no SingleSignOnService found.');
  const slo = redirectLocation(xml, 'SingleLogoutService');
  return { SSORedirectBindingURI: sso, ...(slo ? { SLORedirectBindingURI: slo } : {}) };
}
