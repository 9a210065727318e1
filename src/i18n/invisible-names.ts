import { msg, type Lang } from './index.js';
import { yamlMessages } from './messages/yaml.js';

/** `U+200B 零宽空格、U+202E 从右到左覆盖`: characters nobody can see, named. */
export function invisibleNames(chars: readonly string[], lang: Lang): string {
  const names = msg(yamlMessages, lang).invisibleNames;
  return chars
    .map((c) => {
      const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      return names[c] ? `${code} ${names[c]}` : code;
    })
    .join(lang === 'zh' ? '、' : ', ');
}
