import { z } from 'zod';
import type { Guideline } from '../guideline/model.js';
import { keyDescriptions } from './descriptions.js';
import { applicationSchema } from './schema.js';

type Json = Record<string, unknown>;

/**
 * The JSON Schema editors use to validate and complete application.yaml. Generated
 * from the same zod schema that `check` applies, so the two cannot drift apart; then
 * given what an editor shows the applicant while typing: each key's description, the
 * guide's project numbers (an editor refuses `project: 17`), and, as `check` does, an
 * optional key left `~` taken as absent.
 */
export function applicationJsonSchema(g: Guideline): Record<string, unknown> {
  const schema = z.toJSONSchema(applicationSchema(g), {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Json;
  describe(schema, '', keyDescriptions(g));
  const properties = schema.properties as Record<string, Json>;
  properties.project = { ...properties.project, enum: [...new Set(g.lines.map((l) => l.project))] };
  return {
    ...schema,
    $id: `https://guilin-grants.local/schema/application-${g.id}.json`,
    title: `guilin-grants application (${g.id})`,
    description: 'application.yaml: guilin-grants/application@1',
  };
}

/** Descriptions put on every key, and `null` allowed for the optional ones. */
function describe(node: Json, path: string, descriptions: Map<string, string>): void {
  const properties = node.properties as Record<string, Json> | undefined;
  if (properties) {
    const required = new Set((node.required as string[] | undefined) ?? []);
    for (const [key, value] of Object.entries(properties)) {
      const at = path ? `${path}.${key}` : key;
      describe(value, at, descriptions);
      const text = descriptions.get(at);
      const described = text ? { description: text, ...value } : value;
      properties[key] = required.has(key) ? described : orNull(described);
    }
  }
  const items = node.items as Json | undefined;
  if (items && typeof items === 'object') describe(items, `${path}[]`, descriptions);
}

function orNull(schema: Json): Json {
  const { description, default: fallback, ...rest } = schema;
  return {
    ...(description === undefined ? {} : { description }),
    ...(fallback === undefined ? {} : { default: fallback }),
    anyOf: [rest, { type: 'null' }],
  };
}
