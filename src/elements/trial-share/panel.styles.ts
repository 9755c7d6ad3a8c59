import { css } from 'lit';

/** Shared by the on-demand panels (QR code, Mastodon form): a bordered box and a row of controls. */
export const panelStyles = css`
  .sub {
    display: grid;
    gap: 0.75rem;
  }
  .sub p {
    margin: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .row > .field {
    flex: 1 1 12rem;
  }
`;
