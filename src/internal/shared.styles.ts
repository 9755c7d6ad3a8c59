import { css } from 'lit';

/**
 * Styles every trialkit element shares. Two layers of custom properties: site owners set the
 * global `--trial-*` tokens (or per-element ones); the private `--_*` values below read them with
 * calm, neutral fallbacks. Fonts are inherited from the host page. Logical properties only, so
 * right-to-left pages lay out correctly.
 *
 * Themes are classes on the inner root (`theme-light`, `theme-dark`, `theme-auto`), so a theme
 * set on <trial-study> reaches every element inside it without touching their host attributes.
 */
export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    font: inherit;
    color: inherit;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .root {
    --_bg: var(--trial-color-background, #ffffff);
    --_fg: var(--trial-color-text, #1f2328);
    --_muted: var(--trial-color-text-muted, #4b5563);
    --_border: var(--trial-color-border, #c9ced6);
    --_subtle: var(--trial-color-surface, #f4f6f8);
    --_accent: var(--trial-color-accent, #1d5fa8);
    --_accent-fg: var(--trial-color-on-accent, #ffffff);
    --_ok: var(--trial-color-positive, #1e6b3a);
    --_warn: var(--trial-color-caution, #8a4b00);
    --_focus: var(--trial-color-focus, #1d5fa8);
    --_radius: var(--trial-radius, 0.5em);
    --_space: var(--trial-space, 1em);
    --_font: var(--trial-font-family, inherit);
    color-scheme: light;
    font-family: var(--_font);
    /* Never smaller than 16px, even on a host page that shrinks its root font. */
    font-size: var(--trial-font-size, max(1em, 16px));
    line-height: 1.5;
    color: var(--_fg);
    overflow-wrap: anywhere;
  }
  .root.theme-dark {
    --_bg: var(--trial-dark-color-background, #16191d);
    --_fg: var(--trial-dark-color-text, #eef1f4);
    --_muted: var(--trial-dark-color-text-muted, #c2c8d0);
    --_border: var(--trial-dark-color-border, #4a525c);
    --_subtle: var(--trial-dark-color-surface, #22272e);
    --_accent: var(--trial-dark-color-accent, #8cc4ff);
    --_accent-fg: var(--trial-dark-color-on-accent, #0b1a2b);
    --_ok: var(--trial-dark-color-positive, #7fd49b);
    --_warn: var(--trial-dark-color-caution, #f5c26b);
    --_focus: var(--trial-dark-color-focus, #8cc4ff);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    .root.theme-auto {
      --_bg: var(--trial-dark-color-background, #16191d);
      --_fg: var(--trial-dark-color-text, #eef1f4);
      --_muted: var(--trial-dark-color-text-muted, #c2c8d0);
      --_border: var(--trial-dark-color-border, #4a525c);
      --_subtle: var(--trial-dark-color-surface, #22272e);
      --_accent: var(--trial-dark-color-accent, #8cc4ff);
      --_accent-fg: var(--trial-dark-color-on-accent, #0b1a2b);
      --_ok: var(--trial-dark-color-positive, #7fd49b);
      --_warn: var(--trial-dark-color-caution, #f5c26b);
      --_focus: var(--trial-dark-color-focus, #8cc4ff);
      color-scheme: dark;
    }
  }

  .panel {
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  h2,
  h3,
  h4,
  h5,
  h6,
  [role='heading'] {
    font-family: inherit;
    line-height: 1.25;
    margin-block: 0 0.5em;
    color: inherit;
  }
  p {
    margin-block: 0 0.75em;
  }
  ul {
    margin-block: 0 0.75em;
    padding-inline-start: 1.25em;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    /* px, not rem: a host page with html { font-size: 10px } must not shrink touch targets. */
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-fg);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .button:hover {
    text-decoration: underline;
  }
  .button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .link-button {
    border: 0;
    padding: 0;
    background: none;
    font: inherit;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    min-block-size: 1.5em;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .muted {
    color: var(--_muted);
  }
  /* An email address wraps only at the <wbr> after its @ and dots (contact-actions.ts). */
  .email {
    overflow-wrap: normal;
    word-break: normal;
  }

  .fallback .actions,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    padding: 0;
    margin: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .button,
    .panel {
      border-color: CanvasText;
    }
    .button {
      background: ButtonFace;
      color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
