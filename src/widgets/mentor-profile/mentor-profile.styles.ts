import { css } from 'lit';

/**
 * The mentor profile's own styles, in the component layer the theme declares; they come with the
 * profile's view part (profile-view.ts), as the blocks its views show do. Headings, sections,
 * cards, toolbars, status lines, checkboxes and lists are the shared blocks (src/ui/blocks.ts).
 */
export const mentorProfileStyles = css`
  @layer bw.component {
    .profile-form,
    .section,
    .log-form,
    .feedback {
      display: grid;
      gap: var(--_bw-space-3);
      min-inline-size: 0;
    }
    p {
      margin: 0;
    }
    .section,
    .checks {
      margin: 0;
      padding: var(--_bw-space-3);
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius);
    }
    legend {
      padding-inline: var(--_bw-space-1);
      font-weight: var(--_bw-font-weight-heading);
    }
    .checks__list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
      gap: 0 var(--_bw-space-3);
    }
    .checks .bw-field__error,
    .checks .bw-field__hint {
      display: block;
      margin-block-start: var(--_bw-space-1);
    }
    .step {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
      align-items: end;
      gap: var(--_bw-space-2);
      padding: var(--_bw-space-2);
      border-inline-start: var(--_bw-edge-width) solid var(--_bw-border);
    }
    .step__label {
      grid-column: span 2;
    }
    .needs {
      font-weight: var(--_bw-font-weight-heading);
    }
    .needs ul {
      margin: var(--_bw-space-1) 0 0;
      padding-inline-start: var(--_bw-space-6);
    }
    .note,
    .entry__note {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .module,
    .entry {
      justify-items: start;
    }
    .module a {
      color: var(--_bw-primary);
    }
    .drawer__toggle {
      all: unset;
      display: inline-flex;
      align-items: center;
      min-block-size: var(--_bw-target-size);
      cursor: pointer;
      color: var(--_bw-primary);
      text-decoration: underline;
    }
    .drawer__toggle::before {
      content: '▸ ';
    }
    .drawer__toggle:dir(rtl)::before {
      content: '◂ ';
    }
    .drawer__toggle[aria-expanded='true']::before {
      content: '▾ ';
    }
    .drawer__toggle:focus-visible {
      outline: var(--_bw-focus-width) solid var(--_bw-focus);
      outline-offset: 2px;
    }
    .versions {
      border-collapse: collapse;
      inline-size: 100%;
    }
    .versions th,
    .versions td {
      padding: var(--_bw-space-1) var(--_bw-space-2);
      border: var(--_bw-border-width) solid var(--_bw-border);
      text-align: start;
      vertical-align: top;
      overflow-wrap: anywhere;
    }
  }
`;
