/**
 * Danish wording of what is wrong with a value in a file. Zod's own messages are English and
 * speak of types, not of budget notes; these are verb phrases ("mangler", "skal være tekst, men
 * er tallet 5") that ./issue-text puts after the path of the offending value.
 */
import type { z } from 'zod';

const MAX_SHOWN = 40;

/** What a value in a file is, in a few words: `tallet 12.5`, `teksten "abc"`, `en liste`. */
export function describeInput(input: unknown): string {
  if (input === undefined) return 'tom';
  if (input === null) return 'null';
  if (typeof input === 'number') return `tallet ${String(input)}`;
  if (typeof input === 'boolean') return `sandhedsværdien ${String(input)}`;
  if (typeof input === 'string') {
    const shown = input.length > MAX_SHOWN ? `${input.slice(0, MAX_SHOWN)}…` : input;
    return input === '' ? 'en tom tekst' : `teksten ${JSON.stringify(shown)}`;
  }
  if (Array.isArray(input)) return input.length === 1 ? 'en liste med 1 element' : `en liste med ${input.length} elementer`;
  if (typeof input === 'object') return 'et objekt';
  return `en værdi af typen ${typeof input}`;
}

/**
 * A schema's own wording for a wrong value, given what was found. A missing value is left to
 * danishIssueMessage, so that every absent field reads the same: "mangler".
 */
export function wrongValue(text: (found: string) => string): (iss: { input?: unknown }) => string | undefined {
  return (iss) => (iss.input === undefined ? undefined : text(describeInput(iss.input)));
}

const EXPECTED: Record<string, string> = {
  string: 'tekst',
  number: 'et tal',
  int: 'et heltal',
  boolean: 'sandt eller falsk',
  null: 'null',
  array: 'en liste',
  object: 'et objekt',
  record: 'et objekt',
};

const quoteAll = (values: ReadonlyArray<unknown>) => values.map((v) => JSON.stringify(v)).join(', ');

/** The per-parse error map: every issue a schema does not word itself gets Danish words here. */
export const danishIssueMessage: z.core.$ZodErrorMap = (iss) => {
  const found = describeInput(iss.input);
  if (iss.input === undefined && (iss.code === 'invalid_type' || iss.code === 'invalid_value' || iss.code === 'invalid_union')) return 'mangler';
  switch (iss.code) {
    case 'invalid_type':
      return `skal være ${EXPECTED[iss.expected] ?? iss.expected}, men er ${found}`;
    case 'invalid_value':
      return iss.values.length === 1
        ? `skal være ${quoteAll(iss.values)}, men er ${found}`
        : `skal være en af ${quoteAll(iss.values)}, men er ${found}`;
    case 'too_small':
      if (iss.origin === 'string') return 'må ikke være tom';
      if (iss.origin === 'array') return `skal have mindst ${String(iss.minimum)} elementer`;
      return `skal være mindst ${String(iss.minimum)}, men er ${found}`;
    case 'too_big':
      if (iss.origin === 'array') return `må højst have ${String(iss.maximum)} elementer`;
      return `må højst være ${String(iss.maximum)}, men er ${found}`;
    case 'unrecognized_keys':
      return iss.keys.length === 1 ? `har et ukendt felt ${quoteAll(iss.keys)}` : `har ukendte felter ${quoteAll(iss.keys)}`;
    case 'invalid_key':
      return 'er ikke en gyldig nøgle';
    case 'invalid_format':
      return `har et ugyldigt format: ${found}`;
    case 'invalid_union':
      return `har en ugyldig form: ${found}`;
    default:
      return `er ugyldig: ${found}`;
  }
};
