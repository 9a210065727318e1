import type { Catalogue, MessagesOf } from '../index.js';

/**
 * What is wrong with a file's YAML and what to do, one sentence each. The parser's
 * own English is never shown: each of its error codes has a sentence here, and the
 * line and column are shown beside the sentence by whoever prints it.
 */
const zh = {
  badIndent: '缩进不对齐：同一层的键（或列表项“- ”）必须从同一列开始，请对齐这一行的缩进。',
  /** ` matching: 60` under `  requested: 30`: a key indented less than the keys of its mapping. */
  indentLess: (key: string, n: number, sibling: string) =>
    `「${key}」比同一层的「${sibling}」少缩进 ${n} 个空格：请在这一行开头补上 ${n} 个空格。`,
  /** `   inGuilin: true` under `  type: enterprise`: a key indented more than the keys of its mapping. */
  indentMore: (key: string, n: number, sibling: string) =>
    `「${key}」比同一层的「${sibling}」多缩进 ${n} 个空格：请删去这一行开头的 ${n} 个空格。`,
  /** `applicant: 桂林…` above `  name: …`: keys indented under a key that has a value on its line. */
  valueAboveKeys: (key: string, value: string, child: string) =>
    `「${key}」后面写了值「${value}」，它下面缩进的「${child}」等键就不能属于它：请删去这个值（需要的话写到下面对应的键后面），让「${key}:」单独占一行。`,
  tabIndent: '这一行用 Tab 缩进，YAML 只允许空格缩进：请把行首的 Tab 换成空格。',
  unclosedQuote: (q: string) => `这里开始的${q === '"' ? '双' : '单'}引号 ${q} 没有结束的引号：请在文字末尾补上 ${q}。`,
  /** `name: "李桂芳”`: a quote closed with a Chinese one. */
  wideCloseQuote: (q: string, wide: string) =>
    `这里开始的${q === '"' ? '双' : '单'}引号 ${q} 没有结束：后面的「${wide}」是中文引号，YAML 不把它当作引号；请把「${wide}」改成半角的 ${q}。`,
  missingValue: (key: string) =>
    `「${key}」后面缺少半角冒号和空格「: 」：请写成「${key}: 值」；如果它是上一行文字的延续，请把整段文字加引号。`,
  /** `title: 智能电网: 一期`: a value holding ": " (`written`: the line with its value quoted). */
  colonInValue: (written: string) =>
    `这一行的值里有「: 」（冒号加空格），YAML 会把它当成又一个键：请给值加上引号，写成 ${written}。`,
  compactNested: "一行里出现了两个「: 」（如 a: b: c）：值中含冒号时请给值加引号，如 a: 'b: c'。",
  multilineKey: '键没有在本行结束（缺少「: 」，或上一行的值没写完）：请检查这一行和上一行的冒号与引号。',
  fullWidthColon: (key: string) =>
    `「${key}」后面用了全角冒号「：」：YAML 的键和值之间要用半角冒号加空格，请写成「${key}: 值」。`,
  /** `－ { name: … }`, `• …`: an item begun with a dash or bullet that is not YAML's. */
  listMark: (mark: string) =>
    `「${mark}」不是 YAML 的列表符号：列表的每一项以半角减号加空格「- 」开头，请把「${mark}」改为「-」，后面空一格。`,
  /** `-{ name: … }`, `-name: 桂林`: a list item's dash glued to what follows. */
  dashSpace: '列表项的「-」后面缺少空格：YAML 的列表项以半角减号加一个空格「- 」开头，请在「-」后面加一个空格。',
  /** `title:　桂林`: the space after the colon typed full-width, which YAML does not take for one. */
  fullWidthSpace: (key: string) =>
    `「${key}:」后面是全角空格：YAML 的键和值之间要用半角冒号加半角空格，请写成「${key}: 值」。`,
  badEscape: (e: string) =>
    `双引号中的反斜杠「${e}」被当作转义符，这不是有效的转义：含反斜杠的文字（如 Windows 路径）请改用单引号，如 'C:\\资料\\附件.pdf'。`,
  duplicateKey: (key: string, first: number | null) =>
    `键「${key}」重复出现${first === null ? '' : `（第 ${first} 行已有）`}：同一层的每个键只能写一次，请删除或合并。`,
  multipleDocs:
    '文件中有多个 YAML 文档（以 --- 或 ... 分隔）：一个申请书文件只能有一个文档，请删除多余的分隔线或拆成多个文件。',
  directiveEnd: '% 开头的指令行后面缺少「---」：请删除指令行，或在它下面加一行 ---。',
  badDirective: (d: string) => `不认识的指令「${d}」：请删除这一行。`,
  yamlVersion: (v: string) =>
    `文件声明了 %YAML ${v}，本工具一律按 YAML 1.2 读取（yes/no 是文字，不是真假值）：请删除这一行，真假值写 true/false。`,
  unsupportedTag: (tag: string) =>
    `不支持类型标签「${tag}」：申请书只能包含文字、数字、true/false、列表和映射，请删除这个标签。`,
  mergeKey: '不支持合并键「<<」：请把要引用的内容直接写出来。',
  forbiddenKey: (key: string) => `键「${key}」不能使用（它会干扰程序内部的对象）：申请书里没有这个键，请删除。`,
  nonStringKey: '键必须是一段文字（不能为空，也不能是列表或映射）：请改正这个键。',
  aliasLimit:
    '别名（*名称）展开过多，文件展开后会异常巨大（“十亿笑声”式攻击），已拒绝：申请书不需要锚点和别名，请直接写出内容。',
  badAlias:
    '锚点（&名称）或别名（*名称）写法不对，或引用了前面没有定义的锚点：申请书不需要锚点和别名，请直接写出内容。',
  tooDeep: (max: number) => `嵌套层数超过 ${max} 层，不像是申请书：请检查括号和缩进。`,
  keyTooLong: '键超过 1024 个字符（或一行中缺少换行）：请检查这一行，键应是简短的名称。',
  leadingZero: (text: string, value: string) =>
    `${text} 以 0 开头，会被当成数字 ${value}，开头的 0 会丢失：编号请加引号，如 '${text}'；金额等数字请去掉开头的 0。`,
  numberRange: (text: string, value: string) =>
    `数字 ${text} 超出能精确表示的范围（会被读成 ${value}）：编号请加引号，如 '${text}'；金额请写实际数值。`,
  numberTiny: (text: string) => `数字 ${text} 太小，会被读成 0：金额请写实际数值；编号请加引号，如 '${text}'。`,
  notANumber: (text: string) =>
    `${text} 在 YAML 中表示${/nan$/i.test(text) ? '“不是数”' : '无穷大'}，不是一个金额或数量：请写实际数值；如果它是文字，请加引号，如 '${text}'。`,
  numberForm: (text: string, value: string) =>
    `${text} 会被读成数字 ${value}：如果指的是 ${value}，请直接写 ${value}；编号等文字请加引号，如 '${text}'。`,
  loneCr:
    '文件用单独的回车符（CR，老式 Mac 的换行方式）换行：请在编辑器中把换行符改为 LF（Unix）或 CRLF（Windows）后保存。',
  /** A large file dense with syntax errors is read only as far as its first `n`. */
  controlChar: (code: string) => `这里有不可见的控制字符 ${code}（常见于从网页或 Word 复制的文字）：请删除它。`,
  missingComma: '方括号或花括号里的各项之间缺少逗号，或冒号后缺少空格：请写成 [a, b] 或 { 键: 值, 键: 值 }。',
  flowEnd: (b: string) =>
    `这里开始的${b === '{' ? '花括号 {' : '方括号 ['} 没有闭合（或下一行缩进不够）：请在末尾补上 ${b === '{' ? '}' : ']'}，并检查缩进。`,
  commentSpace: '注释符号 # 前面要有空格：请在 # 前加一个空格；如果 # 是文字的一部分，请给文字加引号。',
  /** `title: 智能电网 #1 机组改造`: free text cut at a comment on its line (`quoted`: the value and the comment, quoted). */
  cutByComment: (path: string, value: string, comment: string, key: string, quoted: string) =>
    `${path} 的值读作「${value}」：同一行的「${comment}」被当作注释，不属于值；如果它是值的一部分，请给整个值加上引号，写成 ${key}: ${quoted}；如果是说明，请把它移到上一行。`,
  badScalarStart: (c: string) => `值不能以「${c}」开头：请给这个值加引号。`,
  blockInFlow: '方括号或花括号里不能再换行写“- 列表项”或“键: 值”：请改成 [a, b] 或 { 键: 值 } 的写法。',
  props: '锚点（&）或类型标签（!）的写法不对：申请书不需要它们，请删除。',
  unexpected: (t: string) => `这里出现了不该出现的「${t}」：请检查引号、括号和冒号是否成对，是否多写了符号。`,
  other: '这一行无法按 YAML 读取：请检查缩进、冒号（半角「: 」）、引号和括号。',
  /** `　name: 李桂芳`: a key indented with full-width spaces, which YAML takes for part of the key. */
  fullWidthIndent: (clean: string) =>
    `「${clean}」前面用全角空格缩进：YAML 只认半角空格缩进，全角空格被当成了键的一部分；请把行首的每个全角空格换成两个半角空格。`,
  invisibleInKey: (key: string, chars: string, clean: string) =>
    `键「${key}」里有看不见的字符（${chars}）：去掉后是「${clean}」，请删除这个键并重新输入。`,
  invisibleNames: {
    '\u3000': '全角空格',
    '\u00a0': '不换行空格',
    '\u200b': '零宽空格',
    '\u200c': '零宽不连字',
    '\u200d': '零宽连字',
    '\u2060': '词连接符',
    '\u00ad': '软连字符',
    '\u200e': '从左到右标记',
    '\u200f': '从右到左标记',
    '\u202e': '从右到左覆盖（RLO）',
    '\ufeff': '字节顺序标记',
  } as Record<string, string>,
};

export type YamlMessages = MessagesOf<typeof zh>;

const en: YamlMessages = {
  badIndent: 'Bad indentation: keys (or "- " items) at the same level must start in the same column; align this line.',
  indentLess: (key, n, sibling) =>
    `"${key}" is indented ${n} ${n === 1 ? 'space' : 'spaces'} less than "${sibling}" at the same level: add ${n} ${n === 1 ? 'space' : 'spaces'} at the start of this line.`,
  indentMore: (key, n, sibling) =>
    `"${key}" is indented ${n} ${n === 1 ? 'space' : 'spaces'} more than "${sibling}" at the same level: remove ${n} ${n === 1 ? 'space' : 'spaces'} at the start of this line.`,
  valueAboveKeys: (key, value, child) =>
    `"${key}" is followed by a value, "${value}", so the keys indented below it ("${child}" and any after it) cannot belong to it: remove the value (writing it after the right key below if it is needed), leaving "${key}:" alone on its line.`,
  tabIndent:
    'This line is indented with a tab, and YAML allows only spaces: replace the tab at the start of the line with spaces.',
  unclosedQuote: (q) =>
    `The ${q === '"' ? 'double' : 'single'} quote ${q} that opens here is never closed: add ${q} at the end of the text.`,
  wideCloseQuote: (q, wide) =>
    `The ${q === '"' ? 'double' : 'single'} quote ${q} that opens here is never closed: the "${wide}" after it is a Chinese quotation mark, which YAML does not take for a quote; replace "${wide}" with an ASCII ${q}.`,
  missingValue: (key) =>
    `"${key}" is not followed by a colon and a space: write "${key}: value"; if it continues the text on the line above, put that whole text in quotes.`,
  colonInValue: (written) =>
    `The value on this line holds ": " (a colon and a space), which YAML reads as another key: put the value in quotes: ${written}.`,
  compactNested: 'Two ": " on one line (as in a: b: c): when a value contains a colon, quote it, e.g. a: \'b: c\'.',
  multilineKey:
    'A key does not end on its line (a ": " is missing, or the value above is unfinished): check the colons and quotes on this line and the one above.',
  fullWidthColon: (key) =>
    `"${key}" is followed by a full-width colon "：": YAML needs an ASCII colon and a space between key and value; write "${key}: value".`,
  listMark: (mark) =>
    `"${mark}" does not begin a list item in YAML: each item begins with an ASCII hyphen and a space, "- "; replace "${mark}" with "-" followed by a space.`,
  dashSpace:
    'A list item\'s "-" is not followed by a space: in YAML each item begins with an ASCII hyphen and a space, "- "; add a space after the "-".',
  fullWidthSpace: (key) =>
    `"${key}:" is followed by a full-width space: YAML needs an ASCII colon and an ASCII space between key and value; write "${key}: value".`,
  badEscape: (e) =>
    `In double quotes the backslash "${e}" starts an escape, and this is not a valid one: put text with backslashes (such as Windows paths) in single quotes, e.g. 'C:\\docs\\file.pdf'.`,
  duplicateKey: (key, first) =>
    `The key "${key}" appears twice${first === null ? '' : ` (first on line ${first})`}: each key may be written once per level; remove or merge one.`,
  multipleDocs:
    'The file holds several YAML documents (separated by --- or ...): an application file holds one; remove the extra separator or split the file.',
  directiveEnd: 'A % directive line must be followed by "---": remove the directive, or add a line --- below it.',
  badDirective: (d) => `Unknown directive "${d}": remove this line.`,
  yamlVersion: (v) =>
    `The file declares %YAML ${v}, but it is always read as YAML 1.2 (yes/no are text, not booleans): remove this line and write booleans as true/false.`,
  unsupportedTag: (tag) =>
    `The type tag "${tag}" is not supported: an application holds only text, numbers, true/false, lists and mappings; remove the tag.`,
  mergeKey: 'Merge keys "<<" are not supported: write the content out in full.',
  forbiddenKey: (key) =>
    `The key "${key}" is not allowed (it would tamper with the program's own objects): applications have no such key; remove it.`,
  nonStringKey: 'A key must be a piece of text (not empty, not a list or mapping): fix this key.',
  aliasLimit:
    'Aliases (*name) expand too much, making the file enormous (a "billion laughs" attack), so it was refused: applications need no anchors or aliases; write the content out.',
  badAlias:
    'An anchor (&name) or alias (*name) is malformed or refers to an anchor not defined above: applications need no anchors or aliases; write the content out.',
  tooDeep: (max) =>
    `Nested more than ${max} levels deep, which no application is: check the brackets and the indentation.`,
  keyTooLong: 'A key is over 1024 characters long (or a line break is missing): check this line; keys are short names.',
  leadingZero: (text, value) =>
    `${text} starts with 0, so it is read as the number ${value} and the leading 0 is lost: quote identifiers, e.g. '${text}'; write amounts without the leading 0.`,
  numberRange: (text, value) =>
    `The number ${text} is too large to be kept exactly (it would be read as ${value}): quote identifiers, e.g. '${text}'; write amounts as their real value.`,
  numberTiny: (text) =>
    `The number ${text} is too small to be kept (it would be read as 0): write amounts as their real value; quote identifiers, e.g. '${text}'.`,
  notANumber: (text) =>
    `${text} means ${/nan$/i.test(text) ? '"not a number"' : 'infinity'} in YAML, which is no amount or count: write the real value; if it is text, quote it, e.g. '${text}'.`,
  numberForm: (text, value) =>
    `${text} is read as the number ${value}: if ${value} is meant, write ${value}; quote identifiers and other text, e.g. '${text}'.`,
  loneCr:
    'The file ends its lines with a lone carriage return (CR, as classic Mac OS did): save it with LF (Unix) or CRLF (Windows) line ends in an editor.',
  controlChar: (code) =>
    `There is an invisible control character ${code} here (often pasted from a web page or Word): delete it.`,
  missingComma:
    'Items in brackets or braces need commas between them, and a space after each colon: write [a, b] or { key: value, key: value }.',
  flowEnd: (b) =>
    `The ${b} that opens here is never closed (or the next line is not indented enough): add the ${b === '{' ? '}' : ']'} at the end and check the indentation.`,
  commentSpace: 'A comment sign # needs a space before it: add one; if the # is part of the text, quote the text.',
  cutByComment: (path, value, comment, key, quoted) =>
    `${path} reads as "${value}": "${comment}" on the same line is taken as a comment, not part of the value; if it belongs to the value, put the whole value in quotes: ${key}: ${quoted}; if it is a note, move it to the line above.`,
  badScalarStart: (c) => `A value cannot start with "${c}": put the value in quotes.`,
  blockInFlow:
    'Inside brackets or braces, "- item" or "key: value" lines are not allowed: write [a, b] or { key: value } instead.',
  props: 'An anchor (&) or type tag (!) is malformed: applications need neither; remove it.',
  unexpected: (t) =>
    `An unexpected "${t}" here: check that quotes, brackets and colons are paired and that nothing is doubled.`,
  other: 'This line cannot be read as YAML: check the indentation, the colons (ASCII ": "), quotes and brackets.',
  fullWidthIndent: (clean) =>
    `"${clean}" is indented with full-width spaces: YAML indents with ASCII spaces only and took the full-width ones for part of the key; replace each full-width space at the start of the line with two ASCII spaces.`,
  invisibleInKey: (key, chars, clean) =>
    `The key "${key}" holds characters you cannot see (${chars}): without them it reads "${clean}"; delete the key and type it again.`,
  invisibleNames: {
    '\u3000': 'full-width space',
    '\u00a0': 'no-break space',
    '\u200b': 'zero-width space',
    '\u200c': 'zero-width non-joiner',
    '\u200d': 'zero-width joiner',
    '\u2060': 'word joiner',
    '\u00ad': 'soft hyphen',
    '\u200e': 'left-to-right mark',
    '\u200f': 'right-to-left mark',
    '\u202e': 'right-to-left override (RLO)',
    '\ufeff': 'byte-order mark',
  },
};

export const yamlMessages: Catalogue<YamlMessages> = { zh, en };
