/**
 * The QR code panel of <trial-share>: the attributed link (`utm_source=qr`, `utm_medium=print`) as
 * an SVG drawn by lit (no HTML strings, so it renders under Trusted Types), with Download and
 * Print. Loaded on demand, with the encoder, as its own chunk.
 */
import { css, html } from 'lit';
import type { PanelHost } from './panel-host.js';
import { panelStyles } from './panel.styles.js';
import { downloadPng, downloadSvg, makeQrCode, printQrCode, QUIET_ZONE, type QrCode } from './qr-code.js';

const made = new WeakMap<ShadowRoot, [string, QrCode]>();

/** The code for the current link, made once per link. */
function codeFor(host: PanelHost): [string, QrCode] {
  const url = host.link('qr', 'print');
  let entry = made.get(host.root);
  if (entry?.[0] !== url) made.set(host.root, (entry = [url, makeQrCode(url)]));
  return entry;
}

export function render(host: PanelHost) {
  const { t } = host;
  const [url, code] = codeFor(host);
  const side = code.size + 2 * QUIET_ZONE;
  const file = `${host.id}-qr`;
  const svg = () => host.root.querySelector<SVGSVGElement>('.qr')!;
  return html`<section id="qr" class="sub panel" part="qr-panel" tabindex="-1" aria-label=${t('share.qr')} @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && host.close()}>
    <p class="heading" part="qr-title">${host.titleText}</p>
    <svg class="qr" part="qr-code" role="img" aria-label=${t('share.qr.alt')} viewBox="-${QUIET_ZONE} -${QUIET_ZONE} ${side} ${side}" width=${side * 8} height=${side * 8} shape-rendering="crispEdges">
      <rect x=${-QUIET_ZONE} y=${-QUIET_ZONE} width=${side} height=${side} fill="#fff"></rect>
      <path d=${code.path} fill="#000"></path>
    </svg>
    <p>${t('share.qr.help')}</p>
    <div class="row">
      <button type="button" class="button secondary" part="qr-action" @click=${() => downloadSvg(svg(), `${file}.svg`)}>${t('share.qr.svg')}</button>
      <button type="button" class="button secondary" part="qr-action" @click=${() => downloadPng(code, `${file}.png`)}>${t('share.qr.png')}</button>
      <button type="button" class="button secondary" part="qr-action" @click=${() => printQrCode(host.root, { title: host.title, help: t('share.qr.help'), url, lang: host.language, svg: svg() })}>
        ${t('share.print')}
      </button>
    </div>
  </section>`;
}

export function opened(host: PanelHost) {
  host.root.querySelector<HTMLElement>('#qr')?.focus();
}

export const styles = [
  panelStyles,
  css`
    #qr {
      justify-items: center;
      text-align: center;
    }
    .qr {
      display: block;
      inline-size: min(100%, 16rem);
      block-size: auto;
      /* Scanners need dark on light, whatever the theme or forced colours. */
      forced-color-adjust: none;
    }
    .print-frame {
      position: absolute;
      inline-size: 0;
      block-size: 0;
      border: 0;
    }
    @media print {
      /* Printing the host page with the QR code open: only the title and the code. */
      .share > :not(#qr),
      #qr .row {
        display: none;
      }
      .share,
      #qr {
        border: 0;
      }
    }
  `,
];
