import { applicationJsonSchema } from '../../application/json-schema.js';
import type { CliContext } from '../context.js';

export async function run(ctx: CliContext): Promise<void> {
  ctx.out(JSON.stringify(applicationJsonSchema(await ctx.guideline()), null, 2));
}
