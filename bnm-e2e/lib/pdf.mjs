// Just enough PDF reading to check what a person would see: the text shown by every (Flate) content stream and the
// document information (title), whether written as literal or hexadecimal strings.
import { inflateSync } from 'node:zlib';

// WinAnsiEncoding (content streams) and PDFDocEncoding (document information) differ from Latin-1 on a few bytes
const SPECIAL = { 0x84: '—', 0x85: '–', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x96: '–', 0x97: '—', 0x80: '€', 0x85: '…' };

function decodeHex(hex) {
  const bytes = Buffer.from(hex, 'hex');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return [...bytes].map((b) => SPECIAL[b] || String.fromCharCode(b)).join('');
}

/** The text of the PDF's strings, one per line. */
export function pdfText(bytes) {
  const buffer = Buffer.from(bytes);
  const raw = buffer.toString('latin1');
  let source = raw;
  const stream = /stream\r?\n/g;
  let m;
  while ((m = stream.exec(raw)) !== null) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    try { source += '\n' + inflateSync(buffer.subarray(start, end)).toString('latin1'); } catch { /* not Flate */ }
    stream.lastIndex = end;
  }
  const strings = [];
  for (const s of source.matchAll(/<([0-9A-Fa-f\s]+)>|\(((?:[^()\\]|\\.)*)\)/g)) {
    strings.push(s[1] !== undefined ? decodeHex(s[1].replace(/\s/g, '')) : s[2].replace(/\\(.)/g, '$1'));
  }
  return strings.join('\n');
}

export function isPdf(bytes) {
  return Buffer.from(bytes).subarray(0, 5).toString('latin1') === '%PDF-';
}
