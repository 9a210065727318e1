import type { PathSegment } from '../yaml/problem.js';
import type { GuidelineFile } from './schema.js';

interface Quote {
  path: PathSegment[];
  kind: 'clause' | 'content' | 'title' | 'intro';
  text: string;
}

/**
 * Everything a guideline file quotes from its guide: each rule's clause, each line's
 * money, years, awards and method as the guide writes them (with the label the common
 * rules quote: `实施年限：2019-2021年`), every Chinese title, content and introduction.
 */
function quotesOf(g: GuidelineFile): Quote[] {
  const out: Quote[] = [];
  const add = (path: PathSegment[], kind: Quote['kind'], text: string | null | undefined) => {
    if (text) out.push({ path, kind, text });
  };
  add(['preamble', 'zh'], 'intro', g.preamble.zh);
  add(['goal', 'zh'], 'intro', g.goal.zh);
  const labelOf = (rule: string) => g.common.find((r) => r.rule === rule)?.clause;
  const periodLabel = labelOf('period');
  const fundingLabel = labelOf('funding-range');
  const labelled = (label: string | null | undefined, text: string) => (label ? `${label}：${text}` : text);
  g.common.forEach((r, i) => {
    if (r.rule !== 'period' && r.rule !== 'funding-range') add(['common', i, 'clause'], 'clause', r.clause);
  });
  g.sections.forEach((section, si) => {
    const sp: PathSegment[] = ['sections', si];
    add([...sp, 'title', 'zh'], 'title', section.title.zh);
    add([...sp, 'intro', 'zh'], 'intro', section.intro.zh);
    section.projects.forEach((project, pi) => {
      const pp: PathSegment[] = [...sp, 'projects', pi];
      add([...pp, 'title', 'zh'], 'title', project.title.zh);
      project.lines.forEach((line, li) => {
        const lp: PathSegment[] = [...pp, 'lines', li];
        add([...lp, 'title', 'zh'], 'title', line.title.zh);
        add([...lp, 'content', 'zh'], 'content', line.content.zh);
        add([...lp, 'awardsClause'], 'clause', line.awardsClause);
        add([...lp, 'methodClause'], 'clause', line.methodClause);
        add([...lp, 'periodClause'], 'clause', labelled(periodLabel, line.periodClause));
        add([...lp, 'fundingClause'], 'clause', labelled(fundingLabel, line.fundingClause));
        line.requirements.forEach((r, ri) => add([...lp, 'requirements', ri, 'clause'], 'clause', r.clause));
      });
    });
  });
  return out;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The quotations not found word for word in the guide's text, whitespace aside. */
export function quotesNotIn(g: GuidelineFile, source: string): { checked: number; missing: Quote[] } {
  const text = squeeze(source);
  const quotes = quotesOf(g);
  return { checked: quotes.length, missing: quotes.filter((q) => !text.includes(squeeze(q.text))) };
}
