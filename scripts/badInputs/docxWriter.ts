/**
 * A minimal .docx writer for test fixtures (a blank form, a Word file renamed .pdf): the
 * four parts Word needs, paragraphs and simple tables. Uses yazl, the standard zip writer.
 */
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import yazl from 'yazl';

export type DocxBlock = string | { table: string[][] };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;

function documentXml(blocks: DocxBlock[]): string {
  const body = blocks
    .map((b) =>
      typeof b === 'string'
        ? para(b)
        : `<w:tbl>${b.table.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${para(cell)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A zip of the given entries (name → content). */
export function zipOf(entries: Array<[string, Buffer | string]>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of entries) zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name);
  zip.end();
  return collect(zip.outputStream);
}

export function docxOf(blocks: DocxBlock[]): Promise<Buffer> {
  return zipOf([['[Content_Types].xml', CONTENT_TYPES], ['_rels/.rels', RELS], ['word/document.xml', documentXml(blocks)]]);
}

/**
 * A zip bomb: a .docx whose document part inflates to `inflatedBytes` of zeros, streamed
 * into the zip so the generator itself never holds it in memory.
 */
export function zipBombDocx(inflatedBytes: number): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(CONTENT_TYPES), '[Content_Types].xml');
  zip.addBuffer(Buffer.from(RELS), '_rels/.rels');
  const chunk = Buffer.alloc(1 << 20);
  let left = inflatedBytes;
  const zeros = new Readable({
    read() {
      if (left <= 0) return this.push(null);
      const n = Math.min(left, chunk.length);
      left -= n;
      this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    },
  });
  zip.addReadStream(zeros, 'word/document.xml', { size: inflatedBytes });
  zip.end();
  return collect(zip.outputStream);
}

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

/** Every entry of a zip, inflated: for re-zipping a package with changes. */
export function zipEntries(bytes: Buffer): Promise<Array<[string, Buffer]>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('not a zip'));
      const out: Array<[string, Buffer]> = [];
      zip.on('entry', (e: yauzl.Entry) =>
        zip.openReadStream(e, async (er, s) => {
          if (er || !s) return reject(er ?? new Error(`cannot read ${e.fileName}`));
          const parts: Buffer[] = [];
          for await (const c of s) parts.push(c as Buffer);
          out.push([e.fileName, Buffer.concat(parts)]);
          zip.readEntry();
        }),
      );
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}
