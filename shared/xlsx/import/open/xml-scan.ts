/**
 * A flat, non-recursive walk over the tags of an XML part. It checks what ExcelJS's parser
 * would choke on or be harmed by (mismatched tags, text outside the root, a DOCTYPE that could
 * define a billion-laughs entity) and lets a visitor count, measure and mark edits, all in one
 * pass and with no recursion, so a million nested elements cost a long array, never a stack.
 */

export type XmlTag = {
  kind: 'open' | 'empty' | 'close';
  /** The qualified name, prefix included (`x:row`). */
  name: string;
  /** The name without its prefix (`row`). */
  local: string;
  /** Index of '<'. */
  start: number;
  /** Index just after '>'. */
  end: number;
  /** Index just after the name: where an attribute can be inserted. */
  nameEnd: number;
  /** 1 for the root element. */
  depth: number;
};

export type ScanProblem = 'doctype' | 'malformed' | 'stopped';

/** The visitor returns false to stop the walk (a limit was reached). */
export type XmlVisitor = (tag: XmlTag) => boolean | void;

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const DQUOTE = 34;
const SQUOTE = 39;

const isNameEnd = (c: number) => c === GT || c === SLASH || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

function isBlank(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return true;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Index just past the '>' that closes the tag opened at `from`, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let j = from; j < xml.length; j++) {
    const c = xml.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === DQUOTE || c === SQUOTE) {
      quote = c;
    } else if (c === GT) {
      return j + 1;
    }
  }
  return -1;
}

/** Skips `<?...?>`, `<!--...-->` and CDATA; -1 when unterminated, -2 for a DOCTYPE/ENTITY. */
function skipSpecial(xml: string, lt: number, depth: number): number {
  if (xml.charCodeAt(lt + 1) === QUESTION) {
    const end = xml.indexOf('?>', lt + 2);
    return end < 0 ? -1 : end + 2;
  }
  if (xml.startsWith('!--', lt + 1)) {
    const end = xml.indexOf('-->', lt + 4);
    return end < 0 ? -1 : end + 3;
  }
  if (xml.startsWith('![CDATA[', lt + 1) && depth > 0) {
    const end = xml.indexOf(']]>', lt + 9);
    return end < 0 ? -1 : end + 3;
  }
  const keyword = xml.slice(lt + 2, lt + 9).toUpperCase();
  return keyword.startsWith('DOCTYPE') || keyword.startsWith('ENTITY') ? -2 : -1;
}

export function scanXml(xml: string, visit: XmlVisitor): ScanProblem | null {
  const stack: string[] = [];
  let sawRoot = false;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (stack.length === 0 && !isBlank(xml, i, lt < 0 ? xml.length : lt)) return 'malformed';
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === QUESTION || next === BANG) {
      const after = skipSpecial(xml, lt, stack.length);
      if (after === -2) return 'doctype';
      if (after < 0) return 'malformed';
      i = after;
      continue;
    }
    if (next === SLASH) {
      const end = xml.indexOf('>', lt + 2);
      const name = end < 0 ? '' : xml.slice(lt + 2, end).trimEnd();
      if (end < 0 || stack.pop() !== name) return 'malformed';
      const tag: XmlTag = { kind: 'close', name, local: localName(name), start: lt, end: end + 1, nameEnd: lt + 2 + name.length, depth: stack.length + 1 };
      if (visit(tag) === false) return 'stopped';
      i = end + 1;
      continue;
    }
    let nameEnd = lt + 1;
    while (nameEnd < xml.length && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
    const end = tagEnd(xml, nameEnd);
    if (nameEnd === lt + 1 || end < 0 || next === LT || (stack.length === 0 && sawRoot)) return 'malformed';
    sawRoot = true;
    const name = xml.slice(lt + 1, nameEnd);
    const empty = xml.charCodeAt(end - 2) === SLASH;
    const tag: XmlTag = { kind: empty ? 'empty' : 'open', name, local: localName(name), start: lt, end, nameEnd, depth: stack.length + 1 };
    if (!empty) stack.push(name);
    if (visit(tag) === false) return 'stopped';
    i = end;
  }
  return stack.length === 0 && sawRoot ? null : 'malformed';
}

/** The raw (still escaped) value of an attribute of a tag, or undefined. */
export function attribute(xml: string, tag: XmlTag, name: string): string | undefined {
  let from = tag.nameEnd;
  for (;;) {
    const at = xml.indexOf(name, from);
    if (at < 0 || at >= tag.end) return undefined;
    from = at + name.length;
    const before = xml.charCodeAt(at - 1);
    if (before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d) continue;
    let j = from;
    while (xml.charCodeAt(j) === 0x20) j++;
    if (xml.charCodeAt(j) !== 61 /* = */) continue;
    j++;
    while (xml.charCodeAt(j) === 0x20) j++;
    const quote = xml[j];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = xml.indexOf(quote, j + 1);
    return close < 0 || close >= tag.end ? undefined : xml.slice(j + 1, close);
  }
}

/** The text of an element's content in raw form, given its open and close tags. */
export const innerText = (xml: string, open: XmlTag, close: XmlTag) => xml.slice(open.end, close.start);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Undoes XML escaping for names shown to the user; numeric references included. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Replacements in an XML text, marked during a scan and applied at once in document order.
 * Removing an element drops the edits already marked inside it.
 */
export class XmlEdits {
  private edits: { start: number; end: number; text: string }[] = [];

  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text });
  }

  remove(start: number, end: number): void {
    this.edits = this.edits.filter((edit) => edit.start < start || edit.start >= end);
    this.edits.push({ start, end, text: '' });
  }

  apply(xml: string): string {
    if (this.edits.length === 0) return xml;
    const parts: string[] = [];
    let at = 0;
    for (const edit of [...this.edits].sort((a, b) => a.start - b.start)) {
      parts.push(xml.slice(at, edit.start), edit.text);
      at = edit.end;
    }
    parts.push(xml.slice(at));
    return parts.join('');
  }
}
