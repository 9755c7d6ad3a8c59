/**
 * JSX types for React 19 (`import type {} from 'trialkit/react'`): types only, no runtime code.
 *
 * React 19 sets a prop as a property when the custom element has a property of that name (so
 * `config={object}` reaches the element as an object), else as an attribute, and treats any other
 * prop that starts with `on` as an event listener for the exact name after `on`, casing and
 * dashes kept: `ontrial-ready` listens for `trial-ready`.
 * (https://react.dev/reference/react-dom/components#custom-element-events)
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { TrialConfig } from './core/schema.js';
import type { TrialCard } from './elements/trial-card/trial-card.js';
import type { TrialEligibility } from './elements/trial-eligibility/trial-eligibility.js';
import type { TrialFaq } from './elements/trial-faq/trial-faq.js';
import type { TrialFinder } from './elements/trial-finder/trial-finder.js';
import type { TrialShare } from './elements/trial-share/trial-share.js';
import type { TrialStudy } from './elements/trial-study/trial-study.js';
import type { TrialEventDetails, TrialEventName } from './internal/events.js';

/**
 * One handler prop per trialkit event, in React 19's spelling for custom-element events.
 * trialkit events bubble, so every element takes them all (a `<trial-study>` hears its cards').
 */
export type TrialEventHandlerProps = {
  [Name in TrialEventName as `on${Name}`]?: (event: CustomEvent<TrialEventDetails[Name]>) => void;
};

/** What every trialkit element takes in JSX, besides React's own props for HTML elements. */
export interface TrialElementBaseProps extends TrialEventHandlerProps {
  /** The trial config object, set as a property (validated by the element; problems arrive as `trial-error`). */
  config?: TrialConfig;
  /** URL of a trial config JSON file. */
  src?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** Custom elements take `class`; React 19 also sets `className`. */
  class?: string;
}

/**
 * JSX props of one trialkit element: React's props for HTML elements (`lang`, `id`, `ref`…), the
 * shared ones above, and its own. `ref` stays React's: React never passes it to the element, so
 * the attribution code is set from a callback ref, `ref={(el) => el?.setAttribute('ref', 'my-site')}`.
 */
export type TrialElementProps<Element extends HTMLElement, Own = object> = Omit<
  DetailedHTMLProps<HTMLAttributes<Element>, Element>,
  keyof TrialElementBaseProps | keyof Own
> &
  TrialElementBaseProps &
  Own;

/** `<trial-study>`'s own attributes. */
export interface TrialStudyProps {
  /** Forward events to analytics already on the page: `gtm`, `plausible`, `matomo`, `fn:name`. */
  analytics?: string;
}

/** `<trial-card>`'s own attributes. */
export interface TrialCardProps {
  variant?: 'full' | 'compact';
  /** Space-separated section names to leave out. */
  hide?: string;
  /** Level of the title heading, 1–5. */
  'heading-level'?: 1 | 2 | 3 | 4 | 5;
}

export interface TrialEligibilityProps {
  layout?: 'steps' | 'form';
  /** Level of each step's heading, 1–5; the result's sections are one below. */
  'heading-level'?: 1 | 2 | 3 | 4 | 5;
}

export interface TrialFaqProps {
  topics?: string;
  open?: string;
  'hide-missing'?: boolean;
  'link-hash'?: boolean;
  /** Level of each question heading, 2–6; the FAQ's title is one above. */
  'heading-level'?: 2 | 3 | 4 | 5 | 6;
  glossary?: 'off';
}

export interface TrialShareProps {
  networks?: string;
  label?: 'both' | 'icons' | 'text';
  attribution?: 'on' | 'off';
  'mastodon-servers'?: string;
  'remember-instance'?: boolean;
  'show-qr'?: boolean;
}

export interface TrialFinderProps {
  /** The trial catalog object, set as a property. */
  catalog?: unknown;
  /** Default country for postal codes (ISO 3166-1 alpha-2). */
  country?: string;
  /** Default distance, such as `50mi` or `80km`. */
  radius?: string;
  /** What an opened trial shows: `card eligibility faq share`. */
  show?: string;
  'postal-src'?: string;
  analytics?: string;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'trial-study': TrialElementProps<TrialStudy, TrialStudyProps>;
      'trial-card': TrialElementProps<TrialCard, TrialCardProps>;
      'trial-eligibility': TrialElementProps<TrialEligibility, TrialEligibilityProps>;
      'trial-faq': TrialElementProps<TrialFaq, TrialFaqProps>;
      'trial-share': TrialElementProps<TrialShare, TrialShareProps>;
      'trial-finder': TrialElementProps<TrialFinder, TrialFinderProps>;
    }
  }
}
