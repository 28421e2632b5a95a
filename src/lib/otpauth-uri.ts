/**
 * The otpauth:// URI authenticator apps read from a QR code (Key Uri Format): the label is
 * "issuer:account", the secret is Cognito's base32 SecretCode.
 */
export function otpauthUri(secret: string, account: string, issuer: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const params = new URLSearchParams({ secret, issuer });
  return `otpauth://totp/${label}?${params.toString()}`;
}
