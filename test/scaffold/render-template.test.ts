import { describe, expect, it } from 'vitest';
import { renderTemplate, TemplateError } from '../../src/scaffold/render-template.js';

describe('renderTemplate', () => {
  it('fills a slot inside a line', () => {
    expect(renderTemplate('project: {{n}} # {{label}}', { n: 14, label: '科技特派员' })).toBe(
      'project: 14 # 科技特派员',
    );
  });

  it('expands a slot on its own line into indented lines, and drops the line for an empty list', () => {
    const t = 'a:\n  {{items}}\nb: 1\n{{none}}\nc: 2';
    expect(renderTemplate(t, { items: ['- x', '- y'], none: [] })).toBe('a:\n  - x\n  - y\nb: 1\nc: 2');
  });

  it('keeps a block when its slot is set and its inverse when it is not', () => {
    const t = '{{#tier}}\ntier: {{tier}}\n{{/tier}}\n{{^tier}}\nno tier\n{{/tier}}';
    expect(renderTemplate(t, { tier: 'major' })).toBe('tier: major');
    expect(renderTemplate(t, { tier: false })).toBe('no tier');
    expect(renderTemplate('{{#xs}}\nlist\n{{/xs}}', { xs: [] })).toBe('');
  });

  it('nests blocks: an outer block that is off hides an inner one that is on', () => {
    const t = '{{#a}}\nA\n{{#b}}\nB\n{{/b}}\n{{/a}}\nend';
    expect(renderTemplate(t, { a: false, b: true })).toBe('end');
    expect(renderTemplate(t, { a: true, b: true })).toBe('A\nB\nend');
  });

  it('refuses a slot it was not given, naming the template and line', () => {
    expect(() => renderTemplate('x\n{{missing}}', {}, 'templates/zh/a.yaml')).toThrow(
      new TemplateError('templates/zh/a.yaml:2: no slot "missing"'),
    );
  });

  it('refuses unbalanced blocks and lists inside a line', () => {
    expect(() => renderTemplate('{{#a}}\nx', { a: true })).toThrow(TemplateError);
    expect(() => renderTemplate('{{/a}}', { a: true })).toThrow(TemplateError);
    expect(() => renderTemplate('x: {{xs}}', { xs: ['1'] })).toThrow(TemplateError);
  });
});
