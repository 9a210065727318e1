import JSZip from 'jszip';

/**
 * A .docx as its reader's program sees the parts this project writes: the body's
 * paragraphs with their style and text, its tables as rows of cell texts, and the
 * raw XML of the styles, the section and the footer. The zip is opened by jszip
 * (the docx library's own); the XML is read only as far as these tests need.
 */
export interface DocxView {
  paragraphs: { style: string | null; text: string }[];
  tables: string[][][];
  document: string;
  styles: string;
  footers: string[];
  parts: string[];
}

/** A paragraph's text, a line break in it as \n. */
const text = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((m) => (m[1] === undefined ? '\n' : unescape(m[1])))
    .join('');
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export async function readDocx(bytes: Uint8Array): Promise<DocxView> {
  const zip = await JSZip.loadAsync(bytes);
  const part = (name: string) => zip.file(name)!.async('string');
  const document = await part('word/document.xml');
  const parts = Object.keys(zip.files).sort();
  const footers = await Promise.all(parts.filter((p) => /^word\/footer\d*\.xml$/.test(p)).map(part));
  const tables = [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1]!.matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => text(c[1]!)),
    ),
  );
  // Paragraphs outside tables: tables taken out first.
  const body = document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...body.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)].map((p) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p[1]!)?.[1] ?? null,
    text: text(p[1]!),
  }));
  return { paragraphs, tables, document, styles: await part('word/styles.xml'), footers, parts };
}

/** A style's XML in styles.xml, by its id. */
export function styleXml(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(styles);
  if (!m) throw new Error(`no style ${id}`);
  return m[0];
}
