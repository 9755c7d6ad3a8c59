/**
 * The QR code part of <trial-share>, loaded only when someone asks for a QR code (rollup makes it
 * its own chunk, served from the same place as the bundle). Encoding is lean-qr's; drawing,
 * downloading and printing use DOM APIs only (no HTML strings), so it works under a strict CSP
 * with Trusted Types, and nothing is fetched.
 */
import { correction, generate } from 'lean-qr/nano';
import { toSvgPath } from 'lean-qr/extras/svg';
import { isRightToLeft } from '../../core/localize.js';
import { uiLanguage } from '../../i18n/translate.js';

/** Light modules around the code; scanners need at least 4. */
export const QUIET_ZONE = 4;

export interface QrCode {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** SVG path data of the dark modules, in module units. */
  path: string;
  /** Whether the module at (x, y) is dark. */
  dark(x: number, y: number): boolean;
}

/** Encodes a link (medium error correction: survives a crease or a smudge on a poster). */
export function makeQrCode(text: string): QrCode {
  const code = generate(text, { minCorrectionLevel: correction.M });
  return { size: code.size, path: toSvgPath(code), dark: (x, y) => code.get(x, y) };
}

function save(blob: Blob, filename: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 30_000);
}

/** Saves the rendered QR code as an SVG file. */
export function downloadSvg(svg: SVGSVGElement, filename: string): void {
  const source = new XMLSerializer().serializeToString(svg);
  save(new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${source}`], { type: 'image/svg+xml' }), filename);
}

/** Draws the code on a canvas, `scale` pixels per module, black on white with its quiet zone. */
export function drawQrCode(code: QrCode, scale = 12): HTMLCanvasElement {
  const side = (code.size + 2 * QUIET_ZONE) * scale;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = side;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, side, side);
  context.fillStyle = '#000';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (code.dark(x, y)) context.fillRect((x + QUIET_ZONE) * scale, (y + QUIET_ZONE) * scale, scale, scale);
    }
  }
  return canvas;
}

/** Saves the code as a PNG file, drawn from the matrix (no network, no image decoding). */
export async function downloadPng(code: QrCode, filename: string): Promise<void> {
  const canvas = drawQrCode(code);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('trialkit: this browser could not make a PNG of the QR code.');
  save(blob, filename);
}

const PRINT_CSS = `
@page { margin: 2cm; }
body { margin: 0; font-family: system-ui, sans-serif; color: #000; background: #fff; text-align: center; }
h1 { font-size: 22pt; line-height: 1.2; margin: 0; margin-block-end: 1cm; }
svg { display: block; inline-size: 11cm; block-size: 11cm; max-inline-size: 100%; margin-inline: auto; margin-block: 0 0.8cm; }
p { font-size: 13pt; margin: 0; margin-block-end: 0.4cm; overflow-wrap: anywhere; }
`;

export interface PrintContent {
  title: string;
  help: string;
  url: string;
  lang: string;
  svg: SVGSVGElement;
}

/**
 * Prints a page with only the study title, the QR code, how to use it and the link. The page is a
 * blank same-origin frame built with DOM calls inside the element, so the host page's own content
 * and styles stay out of the print, whatever its layout.
 */
export function printQrCode(where: ShadowRoot | HTMLElement, content: PrintContent): HTMLIFrameElement {
  where.querySelector('iframe.print-frame')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = content.title;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  where.append(frame);
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  doc.documentElement.lang = content.lang;
  // The help text is in the widget's language; the title may be in another, and the link is always left to right.
  doc.documentElement.dir = isRightToLeft(uiLanguage(content.lang)) ? 'rtl' : 'ltr';
  doc.title = content.title;
  const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(PRINT_CSS);
  doc.adoptedStyleSheets = [sheet];
  const heading = doc.createElement('h1');
  heading.textContent = content.title;
  heading.dir = 'auto';
  const help = doc.createElement('p');
  help.textContent = content.help;
  const link = doc.createElement('p');
  link.textContent = content.url;
  link.dir = 'ltr';
  doc.body.append(heading, doc.importNode(content.svg, true), help, link);
  win.focus();
  win.print();
  return frame;
}
