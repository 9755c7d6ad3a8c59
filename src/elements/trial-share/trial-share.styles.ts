import { css } from 'lit';

export const shareStyles = css`
  .share {
    display: grid;
    gap: 0.75rem;
  }
  .share > * {
    margin: 0;
  }
  .heading {
    font-weight: 600;
  }
  .list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .list[hidden] {
    display: none;
  }
  /* Empty, the status region takes no room but stays in the accessibility tree (display: none
     would take it out, and screen readers then miss the first message put into it). */
  .status:empty {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .icons .button {
    position: relative;
    padding-inline: 0.5rem;
  }
  /* label="icons": the name is read out always, and shown as a small tag above the button while
     it is pointed at or has keyboard focus, so sighted people need not guess from the drawing
     (Escape puts it away: .tags-off). */
  .icons .label {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .icons:not(.tags-off) .button:is(:hover, :focus-visible) .label {
    /* Centred over the button in either direction: equal insets on both sides and auto margins. */
    inset-inline: -20rem;
    margin-inline: auto;
    inset-block-end: calc(100% + 0.375rem);
    z-index: 1;
    inline-size: max-content;
    max-inline-size: 12rem;
    block-size: auto;
    overflow: visible;
    clip-path: none;
    white-space: normal;
    padding-block: 0.25rem;
    padding-inline: 0.5rem;
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_fg);
    color: var(--_bg);
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.3;
    text-align: center;
  }
  /* Bridges the gap to the button, so the pointer can move onto the tag without it going (WCAG 1.4.13). */
  .icons:not(.tags-off) .button:is(:hover, :focus-visible) .label::after {
    content: '';
    position: absolute;
    inset-inline: 0;
    inset-block-start: 100%;
    block-size: 0.5rem;
  }
  @media (prefers-reduced-motion: no-preference) {
    .icons:not(.tags-off) .button:is(:hover, :focus-visible) .label {
      animation: tag-in 120ms ease-out;
    }
  }
  @keyframes tag-in {
    from {
      opacity: 0;
    }
  }
  @media (forced-colors: active) {
    .icons:not(.tags-off) .button:is(:hover, :focus-visible) .label {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
  .text .icon {
    display: none;
  }
  .icon {
    inline-size: 1.375em;
    block-size: 1.375em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .status,
  label {
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .error {
    color: var(--_warn);
  }
  input {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    min-block-size: 2.75rem;
    padding-inline: 0.5rem;
    border: 2px solid var(--_fg);
    border-radius: calc(var(--_radius) / 2);
  }
  [aria-invalid='true'] {
    border-color: var(--_warn);
  }
`;
