import { useMemo, useState } from 'react';
import { SelectField, TextField } from '@/components/form-fields';
import {
  customizableSelectors,
  type AllowedProperty,
  type CustomizableSelector,
} from '@/lib/ui-customization/allowed-properties';
import { controlKey } from '@/lib/ui-customization/control-problems';
import { effectiveProperties, removeProperty, setProperty } from '@/lib/ui-customization/css-edit';
import { describeValueKind } from '@/lib/ui-customization/css-values';

interface PropertyControlsProps {
  css: string;
  onChange: (css: string) => void;
  /** Validation problems per control (`controlKey`). */
  problems: Map<string, string[]>;
  readOnly: boolean;
}

/** An id safe in HTML for one control: selectors hold `:`. */
export const controlId = (selector: string, property: string) =>
  `branding-${selector.replace(':', '-')}-${property}`;

/** `#abc` or `#aabbcc` as the colour picker's `#aabbcc`; undefined for any other colour. */
function hexOf(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(v)) return v;
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`;
  return undefined;
}

interface ControlProps {
  selector: string;
  property: AllowedProperty;
  value: string;
  problems: string[];
  readOnly: boolean;
  apply: (value: string) => string | null;
}

function choicesOf(property: AllowedProperty): string[] | undefined {
  const kind = property.value;
  if (kind.kind === 'enum') return [...kind.values];
  if (kind.kind === 'fontWeightNumber') {
    const values: string[] = [];
    for (let w = kind.min; w <= kind.max; w += kind.step) values.push(String(w));
    return values;
  }
  return undefined;
}

/**
 * One property's control. A text field keeps what is typed while it has focus (a space typed
 * between two values must not vanish when the draft is re-read), and writes each change to the
 * draft at once, so the CSS text and the preview follow as the user types.
 */
function PropertyControl({ selector, property, value, problems, readOnly, apply }: ControlProps) {
  const [typing, setTyping] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const id = controlId(selector, property.name);
  const messages = refused ? [refused, ...problems] : problems;
  const choices = choicesOf(property);
  const change = (next: string) => setRefused(apply(next));
  const hex = property.value.kind === 'color' ? hexOf(value) : undefined;
  const frame = {
    id,
    label: (
      <>
        {property.label} <span className="font-mono text-xs text-slate-600">{property.name}</span>
      </>
    ),
    hint: describeValueKind(property.value),
    error: messages.length > 0 ? messages.join(' ') : undefined,
    addon: property.value.kind === 'color' && (
      <input
        type="color"
        aria-label={`${property.label} of .${selector}: colour picker`}
        className="h-9 w-12 shrink-0 rounded border border-slate-400 bg-white"
        value={hex ?? '#000000'}
        disabled={readOnly}
        onChange={(e) => change(e.target.value)}
      />
    ),
  };
  return choices ? (
    <SelectField
      {...frame}
      value={value}
      disabled={readOnly}
      onChange={(e) => change(e.target.value)}
    >
      <option value="">Not set (hosted UI default)</option>
      {value && !choices.includes(value) && <option value={value}>{value}</option>}
      {choices.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </SelectField>
  ) : (
    <TextField
      {...frame}
      value={typing ?? value}
      readOnly={readOnly}
      placeholder="Not set"
      spellCheck={false}
      onChange={(e) => {
        setTyping(e.target.value);
        change(e.target.value);
      }}
      onBlur={() => setTyping(null)}
    />
  );
}

function SelectorControls({
  entry,
  values,
  problems,
  readOnly,
  css,
  onChange,
}: {
  entry: CustomizableSelector;
  values: Map<string, string> | undefined;
} & PropertyControlsProps) {
  const apply = (property: string) => (next: string) => {
    const value = next.trim();
    if (/[;{}]/.test(value)) return 'A value cannot hold ; { or }: write one value.';
    onChange(
      value === ''
        ? removeProperty(css, entry.selector, property)
        : setProperty(css, entry.selector, property, value),
    );
    return null;
  };
  return (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">
        {entry.description}{' '}
        <span className="font-mono text-xs font-normal text-slate-600">.{entry.selector}</span>
      </legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {entry.properties.map((property) => (
          <PropertyControl
            key={property.name}
            selector={entry.selector}
            property={property}
            value={values?.get(property.name) ?? ''}
            problems={problems.get(controlKey(entry.selector, property.name)) ?? []}
            readOnly={readOnly}
            apply={apply(property.name)}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** A control for each property AWS lets each class take, reading and writing the draft CSS. */
export function PropertyControls(props: PropertyControlsProps) {
  const effective = useMemo(() => effectiveProperties(props.css), [props.css]);
  return (
    <div className="space-y-3">
      {customizableSelectors.map((entry) => (
        <SelectorControls
          key={entry.selector}
          entry={entry}
          values={effective.get(entry.selector)}
          {...props}
        />
      ))}
    </div>
  );
}
