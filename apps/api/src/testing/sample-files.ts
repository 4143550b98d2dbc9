/** Small real files of each kind the platform accepts (and one it refuses), for upload specs. */

export const samplePdf = (text = 'Cocrea'): Buffer =>
  Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');

export const samplePng = (): Buffer =>
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export const sampleDocx = (): Buffer => storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });

export const sampleXlsx = (): Buffer => storedZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });

/** A script renamed to look like a PDF: refused because its content is not one. */
export const disguisedScript = (): Buffer => Buffer.from('#!/bin/sh\necho "no soy un PDF"\n');

/** A ZIP archive with uncompressed entries, enough for content sniffing of Office files. */
function storedZip(entries: Record<string, string>): Buffer {
  const parts = Object.entries(entries).map(([name, text]) => {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    return Buffer.concat([header, nameBytes, data]);
  });
  return Buffer.concat(parts);
}
