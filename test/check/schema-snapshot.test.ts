import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../support/cli.js';

const COMMITTED = join(ROOT, 'schema/application.schema.json');

describe('the published JSON Schema of application.yaml', () => {
  it('is exactly what `guilin-grants schema` prints', () => {
    const r = runCli(['schema']);
    expect(r.status).toBe(0);
    // On a deliberate change of the format, regenerate and commit it:
    //   npm run build && node bin/guilin-grants.js schema > schema/application.schema.json
    expect(
      r.stdout,
      'schema/application.schema.json is stale: run `node bin/guilin-grants.js schema > schema/application.schema.json` after a deliberate change',
    ).toBe(readFileSync(COMMITTED, 'utf8'));
  });
});
