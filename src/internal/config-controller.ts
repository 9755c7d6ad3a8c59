import { ContextConsumer } from '@lit/context';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { findRewriteMarkers, REWRITE_MARKER } from '../core/rewrite-marker.js';
import type { TrialConfig } from '../core/schema.js';
import { DEFAULT_TIMEOUT_MS, inlineConfigText, isValidatedConfig, loadConfigFromUrl, logProblems, stateFromValue, type ConfigState } from './config-source.js';
import { emit } from './events.js';
import { serverRender } from './server-render.js';
import { studyContext, type StudyContext } from './study-context.js';

/** The element a ConfigController serves: its three config sources are its own properties. */
export type ConfigHost = ReactiveControllerHost &
  HTMLElement & {
    /** The config as an object. */
    config?: unknown;
    /** URL of a config JSON file. */
    src?: string;
    /** URL of a ClinicalTrials.gov API v2 record, imported in the browser. */
    ctgovSrc?: string;
  };

export interface ConfigOptions {
  /** Read the config of an enclosing <trial-study> when the element has no source of its own. */
  readsStudy: boolean;
  /** Log one console error naming every text still marked for rewriting (elements that show texts). */
  reportsDrafts?: boolean;
  /** Called whenever the element's own state changes (the provider passes it on). */
  onChange?: (state: ConfigState) => void;
}

/**
 * Where an element's trial config comes from and how far it got: its own `config` property,
 * inline JSON child, `src` or `ctgov-src`, or else the enclosing <trial-study>. Loads and validates
 * its own source, keeps the state, and announces `trial-ready` / `trial-error` for it.
 */
export class ConfigController implements ReactiveController {
  /** The state of the element's own source (idle when it has none). */
  ownState: ConfigState = { status: 'idle' };
  /** What the enclosing <trial-study> provides, if any. */
  study?: StudyContext;

  private loadedKey: unknown = undefined;
  private loadAbort?: AbortController;
  private childObserver?: MutationObserver;
  private consumer?: ContextConsumer<typeof studyContext, ConfigHost>;
  private draftsReported?: TrialConfig;
  /** The in-page config being validated, if any (the element's updateComplete waits for it). */
  pending?: Promise<void>;

  constructor(
    private readonly host: ConfigHost,
    private readonly options: ConfigOptions,
  ) {
    host.addController(this);
    // Lit's server renderer delivers no context: trialkit/render hands over what the study provides.
    if (isServer && options.readsStudy) this.study = serverRender()?.study;
  }

  hostConnected(): void {
    // Ask for the study's config only when there is no source of our own. An unanswered request
    // is kept by the document's ContextRoot until a provider appears, so asking needlessly (a
    // standalone element created many times, as a finder does) would slowly leak memory.
    if (!this.consumer && this.options.readsStudy && !this.hasOwnSource) {
      this.consumer = new ContextConsumer(this.host, {
        context: studyContext,
        subscribe: true,
        callback: (value) => {
          this.study = value;
        },
      });
    }
    // Inline JSON may be parsed after the element upgrades, and a playground may edit it live.
    this.childObserver = new MutationObserver(() => this.sync());
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.sync();
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
  }

  /** True when the element has a config source of its own (and so loads and reports it itself). */
  get hasOwnSource(): boolean {
    const host = this.host;
    return !this.options.readsStudy || host.config !== undefined || inlineConfigText(host) !== undefined || !!host.src || !!host.ctgovSrc;
  }

  /** True when the config comes from the enclosing <trial-study> (which shows loading and errors once for all). */
  get fromStudy(): boolean {
    return !this.hasOwnSource && !!this.study;
  }

  /** The state the element shows: its own, or the one its <trial-study> provides. */
  get state(): ConfigState {
    if (this.hasOwnSource) return this.ownState;
    return this.study?.state ?? { status: 'idle' };
  }

  /** The ready config, if there is one. */
  get config(): TrialConfig | undefined {
    const state = this.state;
    return state.status === 'ready' ? state.config : undefined;
  }

  /**
   * Starts loading when the source changed (cheap when it did not: a key check). The element calls
   * it before each update, so an update held back while strings loaded still sees a new source.
   */
  sync(): void {
    this.syncOwnSource();
    this.reportDrafts();
  }

  private syncOwnSource() {
    const host = this.host;
    let key: unknown;
    let load: (signal: AbortSignal) => Promise<ConfigState> | ConfigState;
    const inline = host.config === undefined ? inlineConfigText(host) : undefined;
    if (host.config !== undefined) {
      key = host.config;
      const value = host.config;
      // A config that already passed the validator (one element's, handed to another, as a finder
      // does for each result) is used at once: no validator chunk, no study, no fetch.
      load = () => (isValidatedConfig(value) ? { status: 'ready', config: value } : stateFromValue(value, 'config property'));
    } else if (inline !== undefined) {
      key = `inline:${inline}`;
      load = () => stateFromValue(inline, 'inline <script type="application/json">');
    } else if (host.src) {
      key = `src:${host.src}`;
      const src = host.src;
      load = (signal) => loadConfigFromUrl(src, signal);
    } else if (host.ctgovSrc) {
      key = `ctgov:${host.ctgovSrc}`;
      const ctgovSrc = host.ctgovSrc;
      // The importer is a chunk of its own (with the fetching), fetched beside the validator.
      load = (signal) =>
        import('./ctgov-source.js').then(
          ({ loadCtgovFromUrl }) => loadCtgovFromUrl(ctgovSrc, signal, DEFAULT_TIMEOUT_MS),
          (error: unknown): ConfigState => ({
            status: 'error',
            problems: [
              { path: 'ctgov-src', message: `The ClinicalTrials.gov importer could not be loaded (${String(error)}). Copy the chunks/ folder next to trialkit.js.` },
            ],
          }),
        );
    } else {
      key = undefined;
      load = () => ({ status: 'idle' });
    }
    if (key === this.loadedKey) return;
    this.loadedKey = key;
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    const result = load(abort.signal);
    if (result instanceof Promise) {
      // A config already on the page only waits for the validator chunk: show no "Loading" for that.
      const quiet = (host.config !== undefined && key === host.config) || (typeof key === 'string' && key.startsWith('inline:'));
      this.setOwnState({ status: 'loading', quiet });
      const settled = result.then((state) => {
        if (!abort.signal.aborted) this.settle(state);
      });
      // updateComplete waits for an in-page config (milliseconds), never for the network.
      if (quiet) {
        this.pending = settled;
        void settled.finally(() => {
          if (this.pending === settled) this.pending = undefined;
        });
      }
    } else {
      this.settle(result);
    }
  }

  private setOwnState(state: ConfigState) {
    this.ownState = state;
    this.host.requestUpdate();
    this.options.onChange?.(state);
  }

  private settle(state: ConfigState) {
    this.setOwnState(state);
    if (state.status === 'error') logProblems(this.host.localName, state.problems);
    // Announced in a microtask, never from inside connectedCallback: a framework that inserts
    // the element while committing (React 19) must not get a state update before its component
    // has mounted, and code that appends the element and then listens still hears the event.
    queueMicrotask(() => {
      if (this.ownState !== state) return; // a newer config took its place
      if (state.status === 'ready') emit(this.host, 'trial-ready', { trialId: state.config.id });
      else if (state.status === 'error') emit(this.host, 'trial-error', { problems: state.problems });
    });
  }

  /** Once per config and element: a draft text never reaches a patient, and the site owner learns which. */
  private reportDrafts() {
    const config = this.config;
    if (!this.options.reportsDrafts || !config || config === this.draftsReported) return;
    this.draftsReported = config;
    const paths = findRewriteMarkers(config);
    if (paths.length) {
      console.error(
        `trialkit: <${this.host.localName}> shows "still being written" in place of texts still marked ${REWRITE_MARKER}: ${paths.join(', ')} — rewrite them in plain words and remove the marker.`,
      );
    }
  }
}
