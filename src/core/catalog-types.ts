/**
 * The trial catalog (version 1) and the finder's filters and results: the contract between the
 * catalog tooling (`trialkit catalog`), the matching engine (`catalog-match.ts`) and
 * `<trial-finder>`. Types only, so the eager bundle pays nothing for them.
 */
import type { TrialStatus } from './constants.js';
import type { Answer, Outcome } from './eligibility.js';
import type { LocalizedText } from './localize.js';
import type { Condition, Question, TrialConfig } from './schema.js';

/** What the list needs of a trial without fetching its config (`trialkit catalog` writes it). */
export interface CatalogSummary {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  status: TrialStatus;
  conditions?: LocalizedText[];
  who?: TrialConfig['who'];
  locations?: {
    name: LocalizedText;
    city?: string;
    region?: string;
    postalCode?: string;
    country: string;
    recruiting?: boolean;
    geo?: { lat: number; lon: number };
  }[];
  participation?: { remote?: boolean };
  /** Glossary terms of the config, matched by the words filter. */
  glossaryTerms?: LocalizedText[];
}

/** One catalog entry: a config fetched on demand (`src`) or given inline (`config`). */
export interface CatalogEntry {
  src?: string;
  config?: TrialConfig;
  /** A condition over the catalog's `questions` ids ("answer once, match many"). */
  eligibleIf?: Condition;
  summary?: CatalogSummary;
}

export interface TrialCatalog {
  catalogVersion: 1;
  title?: LocalizedText;
  trials: CatalogEntry[];
  questions?: Question[];
}

/** What the person said. Absent fields are filters not in use. Never leaves the browser. */
export interface FinderFilters {
  /** Free words, matched against title, summary, conditions and glossary terms. */
  words?: string;
  /** Where the person is (from a postal code or the device), and how far they can travel. */
  near?: { lat: number; lon: number };
  radiusKm?: number;
  age?: number;
  sex?: 'female' | 'male';
  /** "taking volunteers now" (default on) and "opening soon". Both off: every status. */
  takingNow?: boolean;
  openingSoon?: boolean;
  /** Only trials that can be done from home (`participation.remote`). */
  fromHome?: boolean;
  /** Answers to the catalog's shared questions, by question id. */
  answers?: Record<string, Answer>;
}

/** The names of the filters in use, for `trial-finder-search` (never their values). */
export type FinderFilterName = 'words' | 'near' | 'radius' | 'age' | 'sex' | 'takingNow' | 'openingSoon' | 'fromHome' | 'questions';

export interface FinderResult {
  /** Position of the entry in `catalog.trials`. */
  index: number;
  summary: CatalogSummary;
  /** The nearest place taking volunteers, when a position is known. */
  nearest?: { location: NonNullable<CatalogSummary['locations']>[number]; km: number };
  /** From the entry's `eligibleIf` over the answers, when questions were answered. */
  match?: { outcome: Outcome; reasons: string[] };
}
