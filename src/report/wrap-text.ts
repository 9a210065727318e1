/** Display width: CJK and full-width characters take two columns; colour codes none. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text.replace(/\x1b\[[0-9;]*m/g, '')) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/** Lines no wider than `max` columns: English breaks at spaces, Chinese anywhere. */
export function wrapText(text: string, max: number): string {
  return text
    .split('\n')
    .map((paragraph) => {
      const out: string[] = [];
      let line = '';
      for (const token of paragraph.match(/[A-Za-z0-9&'’().,\-–]+\s*|\s+|./gu) ?? []) {
        if (displayWidth(line + token.trimEnd()) > max && line) {
          out.push(line.trimEnd());
          line = '';
        }
        line += displayWidth(token) > max ? token.trimEnd() : token;
      }
      out.push(line.trimEnd());
      return out.join('\n');
    })
    .join('\n');
}
