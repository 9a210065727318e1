import { z } from 'zod';
import type { Guideline } from '../guideline/model.js';
import { applicationSchema } from './schema.js';

/**
 * The JSON Schema editors use to validate and complete application.yaml. Generated
 * from the same zod schema that `check` applies, so the two cannot drift apart.
 */
export function applicationJsonSchema(g: Guideline): Record<string, unknown> {
  const schema = z.toJSONSchema(applicationSchema(g), {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: `https://guilin-grants.local/schema/application-${g.id}.json`,
    title: `guilin-grants application (${g.id})`,
    description: 'application.yaml: guilin-grants/application@1',
  };
}
