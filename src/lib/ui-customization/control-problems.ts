import type { CssValidation } from './validate-css';

/** The key of one control of the editor: a selector (without its dot) and one of its properties. */
export const controlKey = (selector: string, property: string) => `${selector} ${property}`;

/**
 * The validation problems that belong to a control: those reported at a declaration of that
 * selector's property (its name or its value), so a bad value typed in the CSS shows at the
 * control too. Keyed by `controlKey`.
 */
export function problemsByControl(validation: CssValidation): Map<string, string[]> {
  const at = new Map<string, string[]>();
  for (const error of validation.errors) {
    const key = `${error.line}:${error.column}`;
    at.set(key, [...(at.get(key) ?? []), error.message]);
  }
  const result = new Map<string, string[]>();
  for (const rule of validation.rules) {
    const selector = rule.selector.trim().replace(/\s+/g, ' ');
    if (!selector.startsWith('.') || selector.includes(',')) continue;
    for (const d of rule.declarations) {
      const messages = [
        ...(at.get(`${d.position.line}:${d.position.column}`) ?? []),
        ...(at.get(`${d.valuePosition.line}:${d.valuePosition.column}`) ?? []),
      ];
      if (messages.length === 0) continue;
      const key = controlKey(selector.slice(1), d.property.toLowerCase());
      result.set(key, [...(result.get(key) ?? []), ...messages]);
    }
  }
  return result;
}
