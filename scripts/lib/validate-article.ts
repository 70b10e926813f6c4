/** Validates exported Article JSON against src/core/schema/article.schema.json (draft 2020-12) with ajv. */
import Ajv2020 from 'ajv/dist/2020.js';
import schema from '../../src/core/schema/article.schema.json' with { type: 'json' };

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

/** The schema violations of `value`, one readable line each; empty when it is a valid Article v1. */
export function articleSchemaErrors(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}
