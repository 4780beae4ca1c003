/**
 * A rich text may start with plain text and go on in formatted runs: `<is><t>A </t><r><t>B</t></r></is>`.
 * That is valid, but ExcelJS then fails ("Cannot create property 'richText' on string"), so the
 * leading text is wrapped into a run of its own: `<is><r><t>A </t></r><r>…`. Text without runs
 * is left alone, so it stays a plain string.
 */
import type { XmlEdits, XmlTag } from './xml-scan';

const RICH_TEXT_CONTAINERS = new Set(['is', 'si']);

export class MixedRunFixer {
  private containerDepth = -1;
  private leadingText: XmlTag | null = null;

  constructor(private readonly xml: string, private readonly edits: XmlEdits) {}

  visit(tag: XmlTag): void {
    if (RICH_TEXT_CONTAINERS.has(tag.local) && tag.kind === 'open') this.containerDepth = tag.depth;
    if (tag.local !== 't' || tag.depth !== this.containerDepth + 1) return;
    if (tag.kind === 'open') this.leadingText = tag;
    if (tag.kind === 'close' && this.leadingText && this.runFollows(tag.end)) {
      this.edits.replace(this.leadingText.start, this.leadingText.start, '<r>');
      this.edits.replace(tag.end, tag.end, '</r>');
    }
    if (tag.kind !== 'open') this.leadingText = null;
  }

  private runFollows(from: number): boolean {
    const next = this.xml.indexOf('<', from);
    if (next < 0) return false;
    const name = /^<([\w.-]+:)?r[\s>/]/.exec(this.xml.slice(next, next + 40));
    return name !== null;
  }
}
