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
  .list[hidden],
  .status:empty {
    display: none;
  }
  .icons .button {
    padding-inline: 0.5rem;
  }
  .icons .label {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
