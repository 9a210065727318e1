import { applicationJsonSchema } from '../application/json-schema.js';
import { parseYaml } from '../yaml/parse.js';
import { applicationYaml } from './application-yaml.js';
import { ATTACHMENTS_DIR } from '../rules/attachment-entry.js';
import { attachmentList } from './attachment-list.js';
import { checklistMd } from './checklist-md.js';
import { proposalMd } from './proposal-md.js';
import type { ScaffoldInput } from './scaffold-input.js';

type FileRole = 'application' | 'schema' | 'proposal' | 'checklist';

interface ScaffoldFile {
  /** Relative to the scaffold's folder. */
  name: string;
  role: FileRole;
  content: string;
}

export interface Scaffold {
  files: ScaffoldFile[];
  /** The folder attachments go in, when the line asks for any. */
  folders: string[];
}

export const APPLICATION_FILE = 'application.yaml';
/** application.yaml's `$schema` header points here, so editors find it offline. */
const SCHEMA_FILE = 'application.schema.json';

/** Every file of a scaffold, in memory: writing them is the caller's business. */
export function scaffoldFiles(input: ScaffoldInput): Scaffold {
  return {
    files: [
      { name: APPLICATION_FILE, role: 'application', content: applicationYaml(input) },
      { name: SCHEMA_FILE, role: 'schema', content: `${JSON.stringify(applicationJsonSchema(input.g), null, 2)}\n` },
      { name: 'proposal.md', role: 'proposal', content: proposalMd(input) },
      { name: 'attachments.md', role: 'checklist', content: checklistMd(input) },
    ],
    folders: attachmentList(input).length ? [ATTACHMENTS_DIR] : [],
  };
}

/** How many placeholders (`~`) an application text holds: what is left to fill in. */
export function countPlaceholders(yamlText: string): number {
  const walk = (v: unknown): number => {
    if (v === null) return 1;
    if (Array.isArray(v)) return v.reduce((n: number, x) => n + walk(x), 0);
    if (typeof v === 'object') return Object.values(v as object).reduce((n: number, x) => n + walk(x), 0);
    return 0;
  };
  return walk(parseYaml(yamlText).data);
}
