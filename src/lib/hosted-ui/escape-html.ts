const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text or attribute value -> HTML that shows it as text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => entities[ch]!);
}

/**
 * CSS to place inside a <style> element. `<` has no use in the CSS the hosted UI accepts, and
 * written as the CSS escape `\3c ` it can never close the element (`</style>`) or open a comment.
 */
export function cssForStyleElement(css: string): string {
  return css.replace(/</g, '\\3c ');
}

/** A URL safe in href/src: http(s), a path on the same site, or (for images) a PNG/JPEG data URL. */
export function safeUrl(url: string, kind: 'link' | 'image'): string | undefined {
  const trimmed = url.trim();
  if (/^https?:\/\//i.test(trimmed) || /^\/(?!\/)/.test(trimmed) || trimmed === '#') return trimmed;
  if (kind === 'image' && /^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/=]*$/.test(trimmed)) {
    return trimmed;
  }
  return undefined;
}
