import type { Requirement, TargetCondition } from '../guideline/schema.js';
import { rulesOf, type ScaffoldInput } from './scaffold-input.js';

interface TargetGroup {
  /** The requirements these keys answer (several when they ask for the same key). */
  rules: Extract<Requirement, { rule: 'target' | 'high-tech' }>[];
  /** Target keys with the conditions put on them (none: the key is asked for by another rule's case). */
  keys: { id: string; conditions: TargetCondition[] }[];
}

/**
 * The targets (考核指标) a line asks for, grouped by requirement: a key two rules ask
 * for (the new drug certificate of clinical and of 二次开发 drugs) is written once,
 * under both. The high-tech rule asks reserve enterprises for their application year.
 */
export function targetGroups(input: ScaffoldInput): TargetGroup[] {
  const groups: TargetGroup[] = [];
  const byKey = new Map<string, TargetGroup>();
  const add = (rule: TargetGroup['rules'][number], conditions: TargetCondition[]) => {
    // A rule asking only for keys already written joins the group that wrote them.
    const joins = conditions.every((c) => byKey.has(c.target));
    const group: TargetGroup = joins ? byKey.get(conditions[0]!.target)! : { rules: [], keys: [] };
    group.rules.push(rule);
    for (const c of conditions) {
      const owner = byKey.get(c.target);
      if (owner) owner.keys.find((k) => k.id === c.target)!.conditions.push(c);
      else {
        group.keys.push({ id: c.target, conditions: [c] });
        byKey.set(c.target, group);
      }
    }
    if (!joins) groups.push(group);
  };
  for (const rule of rulesOf(input, 'target')) add(rule, [...(rule.params.all ?? []), ...(rule.params.anyOf ?? [])]);
  for (const rule of rulesOf(input, 'high-tech')) add(rule, [{ target: 'hteApplicationYear' }]);
  return groups;
}
