/**
 * The config linter: what an ethics board (IRB/EC) and a plain-language reviewer would flag in a
 * trial config before any patient reads it.
 *
 * - reading grade of every text, in every language, against a target (US grade 8 by default);
 * - clinical jargon with no plain explanation (terms from `options.glossary`, else DEFAULT_JARGON);
 * - recruitment phrases the FDA guidance "Recruiting Study Subjects" and ethics boards reject:
 *   "free treatment", "new drug" without saying it is investigational, claims of safety, efficacy
 *   or cure, hype ("exciting"), payment as the headline or in capitals, coercive urgency;
 * - missing transparency items, links that are not https/mailto/tel, a logo without alt text;
 * - draft texts still carrying the importer's REWRITE_MARKER (any string: options, help, reasons,
 *   FAQ, glossary, places), and schema problems.
 *
 * DOM-free; tolerates configs that fail validation (it lints what it can read). It lives in
 * tooling, not core, because its reading grades come from readability.ts, whose `syllable` package
 * needs Node or a bundler: it serves the CLI, the review packet and bundled apps such as the demo's
 * embed builder, and `src/core/` stays plain ES modules.
 */
import { draftTextFix } from '../core/draft-text.js';
import { findRewriteMarkers, REWRITE_MARKER } from '../core/rewrite-marker.js';
import { patientTexts, configLanguages, defaultLocaleOf, type PatientText } from '../core/patient-texts.js';
import { readability, readabilityLanguage } from './readability.js';
import { isContactUrl, isWebUrl } from '../core/safe-url.js';
import { validateConfig } from '../core/validate.js';
import { isRecord } from '../core/json.js';

export type Severity = 'error' | 'warning' | 'info';

export interface LintFinding {
  severity: Severity;
  /** Stable rule code, e.g. `jargon`, `free-care`, `missing-oversight`. */
  code: string;
  /** Where, e.g. `eligibility.questions[2].text.es` (empty for the whole config). */
  path: string;
  /** The language of the text, when the finding is about a text. */
  lang?: string;
  /** The words that triggered the finding (or the start of the text). */
  excerpt: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** One jargon term: its forms to look for, and a plain wording to suggest. */
export interface JargonTerm {
  term: string;
  /** Other spellings and inflections ("randomised", "randomly assigned"). */
  forms?: readonly string[];
  /** A plain way to say it, for the fix suggestion. */
  plain?: string;
}

/** Jargon terms per language (BCP 47 base language → terms). */
export type JargonGlossary = Readonly<Record<string, readonly JargonTerm[]>>;

export interface LintOptions {
  /** Highest acceptable US reading grade (default 8). */
  targetGrade?: number;
  /** Jargon terms to flag as warnings, per language. Default: DEFAULT_JARGON. (The built-in glossary goes in `builtInGlossary`.) */
  glossary?: JargonGlossary;
  /**
   * The built-in glossary's terms (see `glossaryAsJargon` in glossary.ts). They count as jargon only
   * in texts the elements show without in-place explanations: the card's summary, the FAQ answers
   * built from the transparency fields and the config's FAQ answers explain these terms on the page.
   */
  builtInGlossary?: JargonGlossary;
  /** Also report schema problems (default true). */
  validate?: boolean;
  /** Texts shorter than this many words get no per-text grade (formulas are noise on labels). Default 10. */
  minWordsForGrade?: number;
}

export interface ReadingLevel {
  lang: string;
  formula: string;
  grade: number;
  words: number;
}

/** The reading level of one text. */
export interface TextLevel {
  path: string;
  lang: string;
  grade: number;
  words: number;
}

export interface LintResult {
  findings: LintFinding[];
  /** Reading grade of every sentence-like text, by path (labels and names are not graded). */
  textLevels: TextLevel[];
  /** Reading level of all of each language's sentences together. */
  readingLevels: ReadingLevel[];
  counts: Record<Severity, number>;
}

export const DEFAULT_TARGET_GRADE = 8;

/**
 * A small default jargon list, flagged as warnings when `options.glossary` is not given. Terms
 * patients commonly misread in recruitment text. The built-in glossary (src/core/glossary.ts) is a
 * separate input, `options.builtInGlossary`, whose terms are only notes; the CLI and the embed
 * builder pass it through `glossaryAsJargon()`.
 */
export const DEFAULT_JARGON: JargonGlossary = {
  en: [
    { term: 'randomized', forms: ['randomised', 'randomization', 'randomisation', 'randomly assigned'], plain: 'chosen by chance, like flipping a coin' },
    { term: 'placebo', forms: ['placebos'], plain: 'a look-alike with no medicine in it' },
    { term: 'double-blind', forms: ['double blind', 'single-blind', 'blinded', 'masked'], plain: 'you and the study team do not know which treatment you get' },
    { term: 'open-label', forms: ['open label'], plain: 'everyone knows which treatment they get' },
    { term: 'adjuvant', plain: 'treatment after surgery to keep the cancer from coming back' },
    { term: 'neoadjuvant', plain: 'treatment before surgery' },
    { term: 'metastatic', forms: ['metastasis', 'metastases', 'metastasized'], plain: 'cancer that has spread' },
    { term: 'refractory', plain: 'did not get better with treatment' },
    { term: 'relapsed', plain: 'came back after treatment' },
    { term: 'efficacy', plain: 'how well it works' },
    { term: 'adverse event', forms: ['adverse events', 'adverse effects', 'adverse reaction', 'adverse reactions'], plain: 'side effect or health problem' },
    { term: 'informed consent', plain: 'agreeing to take part after learning what the study involves' },
    { term: 'protocol', forms: ['protocols'], plain: 'the study plan' },
    { term: 'investigational', plain: 'a study drug that is not approved yet' },
    { term: 'cohort', forms: ['cohorts'], plain: 'group' },
    { term: 'study arm', forms: ['treatment arm', 'study arms', 'treatment arms'], plain: 'group' },
    { term: 'endpoint', forms: ['endpoints', 'end point'], plain: 'what the study measures' },
    { term: 'biomarker', forms: ['biomarkers'], plain: 'a sign in the body that a test can measure' },
    { term: 'pharmacokinetics', forms: ['pharmacokinetic'], plain: 'how the body takes in and clears a drug' },
    { term: 'oncology', forms: ['oncologist', 'oncologists'], plain: 'cancer care, cancer doctor' },
    { term: 'malignancy', forms: ['malignancies', 'malignant'], plain: 'cancer' },
    { term: 'monotherapy', plain: 'one drug on its own' },
    { term: 'performance status', forms: ['ECOG'], plain: 'how well you can do your daily activities' },
    { term: 'resected', forms: ['resection'], plain: 'removed by surgery' },
    { term: 'contraindicated', forms: ['contraindication', 'contraindications'], plain: 'should not be used' },
    { term: 'comorbidity', forms: ['comorbidities'], plain: 'another health condition' },
    { term: 'subcutaneous', forms: ['subcutaneously'], plain: 'under the skin' },
    { term: 'intravenous', forms: ['intravenously'], plain: 'through a vein' },
    { term: 'baseline', plain: 'at the start' },
    { term: 'prognosis', plain: 'how the illness is likely to go' },
    { term: 'remission', plain: 'signs of the disease are gone or reduced' },
    { term: 'toxicity', forms: ['toxicities'], plain: 'harm from the treatment' },
    { term: 'immunotherapy', forms: ['immunotherapies'], plain: 'treatment that helps the immune system fight the disease' },
    { term: 'inhibitor', forms: ['inhibitors'], plain: 'a medicine that blocks something in the body' },
    { term: 'enrollment', forms: ['enrolment', 'accrual'], plain: 'joining' },
  ],
  es: [
    { term: 'aleatorizado', forms: ['aleatorizada', 'aleatorizados', 'aleatorizadas', 'aleatorización'], plain: 'elegido al azar, como al lanzar una moneda' },
    { term: 'placebo', forms: ['placebos'], plain: 'algo que se ve igual pero no tiene medicamento' },
    { term: 'doble ciego', forms: ['simple ciego', 'enmascarado', 'enmascarada'], plain: 'ni usted ni el equipo saben qué tratamiento recibe' },
    { term: 'etiqueta abierta', plain: 'todos saben qué tratamiento reciben' },
    { term: 'adyuvante', forms: ['adyuvantes'], plain: 'tratamiento después de la cirugía para evitar que el cáncer regrese' },
    { term: 'neoadyuvante', plain: 'tratamiento antes de la cirugía' },
    { term: 'metastásico', forms: ['metastásica', 'metastásicos', 'metastásicas', 'metástasis'], plain: 'cáncer que se ha extendido' },
    { term: 'refractario', forms: ['refractaria', 'refractarios', 'refractarias'], plain: 'que no mejoró con el tratamiento' },
    { term: 'recidiva', forms: ['recidivante'], plain: 'que regresó' },
    { term: 'eficacia', plain: 'qué tan bien funciona' },
    { term: 'evento adverso', forms: ['eventos adversos', 'acontecimiento adverso', 'acontecimientos adversos'], plain: 'efecto secundario o problema de salud' },
    { term: 'consentimiento informado', plain: 'aceptar participar después de saber de qué se trata el estudio' },
    { term: 'protocolo', forms: ['protocolos'], plain: 'el plan del estudio' },
    { term: 'investigacional', forms: ['en fase de investigación'], plain: 'un medicamento del estudio que aún no está aprobado' },
    { term: 'cohorte', forms: ['cohortes'], plain: 'grupo' },
    { term: 'brazo del estudio', forms: ['brazo de tratamiento', 'brazos del estudio'], plain: 'grupo' },
    { term: 'criterio de valoración', forms: ['criterios de valoración'], plain: 'lo que mide el estudio' },
    { term: 'biomarcador', forms: ['biomarcadores'], plain: 'una señal en el cuerpo que se puede medir' },
    { term: 'farmacocinética', plain: 'cómo el cuerpo absorbe y elimina un medicamento' },
    { term: 'oncología', forms: ['oncólogo', 'oncóloga', 'oncólogos'], plain: 'atención del cáncer, médico del cáncer' },
    { term: 'neoplasia', forms: ['malignidad', 'maligno', 'maligna', 'neoplasias'], plain: 'cáncer' },
    { term: 'monoterapia', plain: 'un solo medicamento' },
    { term: 'estado funcional', forms: ['ECOG'], plain: 'qué tan bien puede hacer sus actividades diarias' },
    { term: 'resecado', forms: ['resecada', 'resección'], plain: 'quitado con cirugía' },
    { term: 'contraindicado', forms: ['contraindicada', 'contraindicación'], plain: 'que no se debe usar' },
    { term: 'comorbilidad', forms: ['comorbilidades'], plain: 'otra enfermedad' },
    { term: 'subcutáneo', forms: ['subcutánea'], plain: 'debajo de la piel' },
    { term: 'intravenoso', forms: ['intravenosa', 'intravenosos'], plain: 'por la vena' },
    { term: 'pronóstico', plain: 'cómo es probable que siga la enfermedad' },
    { term: 'remisión', plain: 'las señales de la enfermedad se fueron o bajaron' },
    { term: 'toxicidad', forms: ['toxicidades'], plain: 'daño causado por el tratamiento' },
    { term: 'inmunoterapia', plain: 'tratamiento que ayuda al sistema inmunitario a combatir la enfermedad' },
    { term: 'inhibidor', forms: ['inhibidores'], plain: 'un medicamento que bloquea algo en el cuerpo' },
  ],
};

// ---------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;
const baseLang = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/** A whole-word, case-insensitive pattern for a phrase; spaces match any whitespace. */
function phrasePattern(phrases: readonly string[], flags = 'giu'): RegExp {
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

function excerptAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 30);
  const end = Math.min(text.length, index + length + 30);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}

const startOf = (text: string) => (text.length > 80 ? `${text.slice(0, 80).trim()}…` : text);

/** The string at a path written like `locations[3].name.en` (empty when there is none). */
function stringAt(root: unknown, path: string): string {
  let node = root;
  for (const [, key, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (Array.isArray(node) && index !== undefined) node = node[Number(index)];
    else if (isRecord(node) && key !== undefined) node = node[key];
    else return '';
  }
  return typeof node === 'string' ? node : '';
}

/** The sentence around a match (claims are judged within their sentence). */
function sentenceBefore(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf('!', index - 1), text.lastIndexOf('?', index - 1), text.lastIndexOf('\n', index - 1));
  return text.slice(start + 1, index);
}

// ---------------------------------------------------------------------------------------------
// Recruitment rules. Each rule has English and Spanish patterns; `unless` exempts a match by what
// comes before it in the same sentence ("the study wants to learn if it is safe" is not a claim).

interface PhraseRule {
  code: string;
  severity: Severity;
  /** Kinds of text the rule applies to (all prose-like kinds when left out). */
  kinds?: readonly PatientText['kind'][];
  patterns: Partial<Record<'en' | 'es', RegExp>>;
  /** Exempts a match when the text before it in its sentence matches. */
  unless?: Partial<Record<'en' | 'es', RegExp>>;
  /** Exempts a match when the whole text matches (e.g. it says the drug is investigational). */
  unlessText?: Partial<Record<'en' | 'es', RegExp>>;
  /** Case-sensitive rules (capitals) set this. */
  message: string;
  fix: string;
}

const TREATMENT_EN =
  '(?:medical\\s+)?(?:treatments?|care|medicines?|medications?|drugs?|therap(?:y|ies)|exams?|check-?ups?|tests?|health\\s*care|doctor\\s+visits?|surgery|screenings?)';
const TREATMENT_ES =
  '(?:tratamientos?|atención(?:\\s+médica)?|medicamentos?|medicinas?|terapias?|exámenes|examen|consultas?|cuidados?\\s+médicos?|cirugías?|pruebas?)';
// free-care is about the care itself being free, in both languages: "free treatment", "the drug is
// free", "tests for free". "Free parking", "park for free" and "transport to your visits is free"
// (the care is only the destination) are not promises of free care. Up to three words may come
// between the care and "free", but not "and"/"y" (a list: "tests and parking for free").
const FREE_GAP_EN = '(?:(?!(?:and|or|but)\\s)[a-z-]+\\s+)';
const FREE_GAP_ES = '(?:(?!(?:y|e|o|u|ni|pero)\\s)[\\p{L}]+\\s+)';
const FREE_AS_DESTINATION_EN = '(?<!\\b(?:to|for|at)\\s+(?:(?:your|the|each|every|all|our)\\s+)?)';
const FREE_AS_DESTINATION_ES = '(?<!(?<![\\p{L}])(?:a|al|para|hasta)\\s+(?:(?:sus?|las?|los|el|cada|todas?|todos)\\s+)?)';
const NEW_THING_EN = '(?:treatments?|drugs?|medicines?|medications?|devices?|therap(?:y|ies)|pills?|vaccines?|cures?)';
const NEW_THING_ES = '(?:tratamientos?|medicamentos?|fármacos?|terapias?|dispositivos?|pastillas?|píldoras?|vacunas?|medicinas?|curas?)';
const QUESTION_FRAME_EN = /\b(if|whether|how|learn|find out|test|tests|testing|tested|check|checks|compare|compares|know)\b/i;
const QUESTION_FRAME_ES = /(?<![\p{L}])(si|cómo|qué tan|aprender|saber|probar|prueba|comprobar|comparar|compara|conocer)(?![\p{L}])/iu;

const PHRASE_RULES: readonly PhraseRule[] = [
  {
    code: 'free-care',
    severity: 'error',
    patterns: {
      en: new RegExp(
        `\\bfree\\s+(?:of\\s+charge\\s+)?${FREE_GAP_EN}?${TREATMENT_EN}\\b` +
          // A bare "free" only after is/are: "treatment to stay cancer free" promises nothing.
          `|${FREE_AS_DESTINATION_EN}\\b${TREATMENT_EN}\\s+(?:${FREE_GAP_EN}{0,3}(?:for\\s+free|free\\s+of\\s+charge)|(?:is|are|will\\s+be|comes?)\\s+${FREE_GAP_EN}?free)\\b(?!-)`,
        'gi',
      ),
      es: new RegExp(
        `(?<![\\p{L}])(?:gratis|gratuit[oa]s?)\\s+(?:(?:el|la|los|las|su|sus)\\s+)?${TREATMENT_ES}(?![\\p{L}])` +
          `|${FREE_AS_DESTINATION_ES}(?<![\\p{L}])${TREATMENT_ES}\\s+${FREE_GAP_ES}{0,3}(?:gratis|gratuit[oa]s?|gratuitamente)(?![\\p{L}])`,
        'giu',
      ),
    },
    message: 'Recruitment material must not promise "free" treatment or care (FDA guidance "Recruiting Study Subjects").',
    fix: 'Say exactly what costs nothing, e.g. "You will not be charged for the study drug or study visits."',
  },
  {
    code: 'new-treatment',
    severity: 'error',
    patterns: {
      en: new RegExp(`\\bnew\\s+(?:[a-z-]+\\s+)?${NEW_THING_EN}\\b`, 'gi'),
      es: new RegExp(`(?<![\\p{L}])nuev[oa]s?\\s+(?:[\\p{L}-]+\\s+)?${NEW_THING_ES}(?![\\p{L}])|(?<![\\p{L}])${NEW_THING_ES}\\s+nuev[oa]s?(?![\\p{L}])`, 'giu'),
    },
    unlessText: {
      en: /\b(investigational|experimental|study (drug|medicine|treatment|device|pill|vaccine)|not (yet )?approved|being (tested|studied)|under study)\b/i,
      // As in English, "del estudio" counts only on the thing itself ("medicamento del estudio"), not on "el equipo del estudio".
      es: new RegExp(
        `(en investigación|experimental|${NEW_THING_ES} (del|de) estudio|en estudio|no (está |están )?aprobad|aún no (está |están )?aprobad|se está(n)? (probando|estudiando))`,
        'iu',
      ),
    },
    message: 'Calling it a "new" treatment suggests it is better; the FDA asks to say that it is investigational (still being tested).',
    fix: 'Say "a study drug that is still being tested" (or "not yet approved") instead of "a new drug".',
  },
  {
    code: 'claim',
    severity: 'error',
    patterns: {
      en: /\b(proven|clinically proven|guaranteed?|guarantees|cures?|curing|can cure|miracle|wonder drug|risk[- ]free|no side effects|without side effects|(?:100%|completely|totally|perfectly)\s+safe|safe and effective|(?:is|are|it's)\s+(?:very\s+|more\s+|highly\s+)?(?:safe|safer|effective|more effective)|works better|will\s+(?:cure|heal|work)|better than (?:the )?(?:current|standard|usual))\b/gi,
      // The same claims as in English: "no side effects" ≈ "no tiene efectos secundarios", "100% safe" ≈ "100% seguro", "will work" ≈ "funcionará".
      es: /(?<![\p{L}])(comprobad[oa]s?|clínicamente comprobad[oa]s?|garantizad[oa]s?|garantiza|cura|curan?|curará|curar|sanará|funcionará|milagros[oa]s?|milagro|sin riesgos?|sin efectos secundarios|no (?:tiene|causa|produce|da) efectos secundarios|segur[oa]s? y (?:eficaz|eficaces|efectiv[oa]s?)|(?:100\s?%|completamente|totalmente|perfectamente)\s+segur[oa]s?|(?:es|son)\s+(?:muy\s+|más\s+|totalmente\s+|completamente\s+)?(?:segur[oa]s?|eficaz|eficaces|efectiv[oa]s?|más eficaz|más efectiv[oa]s?)|funciona mejor|mejor que (?:el|la|los|las) (?:tratamiento|medicamento|terapia|quimioterapia|quimio)s? (?:habitual|actual|estándar|de siempre)(?:es)?)(?![\p{L}])/giu,
    },
    unless: {
      en: new RegExp(`${QUESTION_FRAME_EN.source}|\\b(no|not a|not)\\s*$`, 'i'),
      es: new RegExp(`${QUESTION_FRAME_ES.source}|(?<![\\p{L}])(no hay|no tiene|no es una)\\s*$`, 'iu'),
    },
    message: 'Recruitment material must not claim or imply that the treatment is safe, effective, better, or a cure: that is what the study is testing.',
    fix: 'Say what the study wants to learn, e.g. "The study wants to learn how safe the drug is and how well it works."',
  },
  {
    code: 'hype',
    severity: 'warning',
    patterns: {
      // The same words in both lists: "innovative" ≈ "innovador", "excited" ≈ "emocionado", "incredible" ≈ "increíble".
      en: /\b(exciting|excited|thrilling|amazing|incredible|revolutionary|groundbreaking|ground-breaking|breakthrough|cutting-edge|state-of-the-art|life-changing|promising|innovative)\b/gi,
      es: /(?<![\p{L}])(emocionantes?|emocionad[oa]s?|apasionantes?|increíbles?|asombros[oa]s?|revolucionari[oa]s?|innovador(?:a|es|as)?|de vanguardia|de última generación|prometedor(?:a|es|as)?|que cambia la vida|avance decisivo)(?![\p{L}])/giu,
    },
    message: 'Words like "exciting" or "breakthrough" sell the study; ethics boards ask for neutral wording.',
    fix: 'Describe what happens in the study in neutral words, without praise.',
  },
  {
    code: 'payment-headline',
    severity: 'error',
    kinds: ['title', 'share'],
    patterns: {
      // Money words only: Spanish "efectivo" alone means "effective" and "ganar peso" is "gain weight".
      en: /\b(paid|pays?|payment|compensat\w*|remunerat\w*|earn|earns|cash|money|reimburs\w*|stipend|gift cards?)\b|[$€£]\s?\d|\d\s?€/gi,
      es: /(?<![\p{L}])(pag[oa]s?|pagad[oa]s?|pagamos|remunerad[oa]s?|remuneración|compensa(?:ción|d[oa]s?|mos|r)|dinero|en efectivo|gane|ganar?\s+(?:hasta\s+)?(?:dinero|\$|€|\d)|reembols\w*|estipendio|tarjetas? de regalo)(?![\p{L}])|[$€£]\s?\d|\d\s?€/giu,
    },
    message: 'Payment must not be the headline: ethics boards reject titles and share texts that lead with money.',
    fix: 'Move payment to "participation.compensation", stated plainly, and keep the title about the study.',
  },
  {
    code: 'payment-caps',
    severity: 'error',
    patterns: {
      // Case-sensitive on purpose: the problem is the capitals.
      en: /\b(PAID|PAY|PAYS|PAYMENT|EARN|CASH|MONEY|COMPENSATION|COMPENSATED|REIMBURSED|REIMBURSEMENT|FREE)\b/g,
      es: /(?<![\p{L}])(PAGO|PAGA|PAGAN|PAGAMOS|PAGADO|PAGADA|DINERO|GANE|EN EFECTIVO|EFECTIVO|COMPENSACIÓN|COMPENSADO|COMPENSADA|REEMBOLSO|REEMBOLSADO|GRATIS|GRATUITO|GRATUITA)(?![\p{L}])/gu,
    },
    message: 'Payment written in capitals is emphasis that ethics boards reject.',
    fix: 'Write it in normal case, in "participation.compensation", no bigger or bolder than the rest.',
  },
  {
    code: 'urgency',
    severity: 'error',
    patterns: {
      en: /\b(act (?:now|fast|today)|hurry|limited (?:spots?|space|places|time|slots?|openings|availability|enrollment)|spots? (?:are )?(?:filling|going) (?:up )?fast|only \d+ (?:spots?|places|slots?) (?:left|remaining)|don'?t miss|do not miss|last chance|before it'?s too late|(?:sign up|enroll|register|apply|call) (?:now|today|immediately)|time is running out)\b/gi,
      // The same pressure as the English list, phrase for phrase.
      es: /(?<![\p{L}])(actúe (?:ahora|ya|hoy|rápido)|apúrese|dese prisa|date prisa|no se (?:lo |la )?pierda|no te (?:lo |la )?pierdas|cupos? limitados?|plazas limitadas|lugares limitados|(?:cupos|lugares|plazas) (?:se (?:llenan|agotan)|se están (?:llenando|agotando))(?: rápido| pronto)?|(?:solo|sólo) quedan (?:\d+|pocos|pocas) (?:cupos|lugares|plazas)|quedan pocos (?:cupos|lugares)|última oportunidad|tiempo limitado|antes de que sea (?:demasiado )?tarde|(?:el tiempo se acaba|se acaba el tiempo|se agota el tiempo)|(?:inscríbase|regístrese|apúntese|postúlese|llame) (?:hoy|ya|ahora|de inmediato|inmediatamente))(?![\p{L}])/giu,
    },
    unless: {
      // "There is no hurry" / "No hay prisa" take the pressure away.
      en: /\b(no|not|no need to|not need to|never)\s*$/i,
      es: /(?<![\p{L}])(no hay|sin)\s*$/iu,
    },
    message: 'Coercive urgency ("act now", "limited spots") pressures people; ethics boards reject it.',
    fix: 'Remove the pressure. Say how to learn more, and that taking part is a free choice.',
  },
];

const RULE_KINDS: readonly PatientText['kind'][] = ['title', 'share', 'prose', 'question', 'label', 'alt', 'definition'];

function checkPhrases(text: PatientText, add: (finding: LintFinding) => void) {
  const lang = baseLang(text.lang);
  if (lang !== 'en' && lang !== 'es') return;
  for (const rule of PHRASE_RULES) {
    if (!(rule.kinds ?? RULE_KINDS).includes(text.kind)) continue;
    const pattern = rule.patterns[lang];
    if (!pattern) continue;
    if (rule.unlessText?.[lang]?.test(text.text)) continue;
    pattern.lastIndex = 0;
    for (const match of text.text.matchAll(pattern)) {
      const before = sentenceBefore(text.text, match.index);
      if (rule.unless?.[lang]?.test(before)) continue;
      add({
        severity: rule.severity,
        code: rule.code,
        path: text.path,
        lang: text.lang,
        excerpt: excerptAround(text.text, match.index, match[0].length),
        message: `${rule.message} Found "${match[0]}".`,
        fix: rule.fix,
      });
      break; // one finding per rule and text is enough to act on
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Jargon

interface CompiledTerm {
  term: JargonTerm;
  pattern: RegExp;
}

const compiledCache = new WeakMap<readonly JargonTerm[], CompiledTerm[]>();

function compileTerms(terms: readonly JargonTerm[]): CompiledTerm[] {
  let compiled = compiledCache.get(terms);
  if (!compiled) {
    compiled = terms.map((term) => ({ term, pattern: phrasePattern([term.term, ...(term.forms ?? [])]) }));
    compiledCache.set(terms, compiled);
  }
  return compiled;
}

// A term counts as explained in the text itself when an explanation follows it ("placebo (a pill
// with no medicine)", "pembrolizumab, a drug that…", "placebo — a look-alike") or when it is
// introduced ("a drug called …", "llamado …").
const EXPLAINED_AFTER =
  /^\s*(\(|[,:—–]\s*(a|an|the|which|that|or|meaning|also called|un|una|unos|unas|el|la|los|las|que|es decir|o sea)(?![\p{L}])|\s*[—–]\s|\s+(means|is when|is a|are|significa|quiere decir|es un|es una)(?![\p{L}]))/iu;
const EXPLAINED_BEFORE = /(called|known as|llamad[oa]s?|se llama|se le llama|conocid[oa]s? como)\s*[«"“']?$/i;

function checkJargon(text: PatientText, terms: readonly CompiledTerm[], glossaryTexts: string[], add: (finding: LintFinding) => void) {
  for (const { term, pattern } of terms) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text.text);
    if (!match) continue;
    if (glossaryTexts.some((entry) => ((pattern.lastIndex = 0), pattern.test(entry)))) continue;
    const after = text.text.slice(match.index + match[0].length);
    const before = text.text.slice(0, match.index);
    // "cancer that has spread (metastatic)": the plain words come first, the term in brackets.
    const bracketed = /\(\s*$/.test(before) && /^\s*\)/.test(after);
    if (bracketed || EXPLAINED_AFTER.test(after) || EXPLAINED_BEFORE.test(before)) continue;
    const plain = term.plain ? ` (e.g. "${term.plain}")` : '';
    add({
      severity: 'warning',
      code: 'jargon',
      path: text.path,
      lang: text.lang,
      excerpt: excerptAround(text.text, match.index, match[0].length),
      message: `"${match[0]}" is clinical jargon, and nothing here explains it.`,
      fix: `Use plain words${plain}, explain it in the same sentence, or add "${term.term}" to the config's "glossary".`,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Links, logo, transparency

const URL_FIELDS = new Set(['url', 'src', 'endpoint', 'template']);
const URL_IN_TEXT = /\b(?:https?:\/\/|javascript:|data:|vbscript:|ftp:\/\/)[^\s)"'<>]*/gi;

function checkLinks(config: unknown, texts: PatientText[], add: (finding: LintFinding) => void) {
  const walk = (node: unknown, path: string, depth: number) => {
    if (depth > 12) return;
    if (Array.isArray(node)) return node.forEach((child, i) => walk(child, `${path}[${i}]`, depth + 1));
    if (!isRecord(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key === 'locations' && depth === 0) {
        // Only a location's contact carries links; walk just those (a trial can have 1,000+ places).
        if (Array.isArray(value)) value.forEach((loc, i) => isRecord(loc) && walk(loc.contact, `locations[${i}].contact`, depth + 2));
        continue;
      }
      if (typeof value === 'string' && URL_FIELDS.has(key) && key !== '$schema') checkUrl(value, childPath, key === 'url' && /contact$/.test(path), add);
      else if (typeof value === 'object') walk(value, childPath, depth + 1);
    }
  };
  walk(config, '', 0);
  for (const text of texts) {
    for (const match of text.text.matchAll(URL_IN_TEXT)) {
      const url = match[0].replace(/[.,;:!?]+$/, '');
      if (/^https:\/\/[^/\s]+\.[^/\s]+/i.test(url)) continue;
      add({
        severity: 'error',
        code: 'insecure-link',
        path: text.path,
        lang: text.lang,
        excerpt: excerptAround(text.text, match.index, match[0].length),
        message: `The text contains the link "${url}", which is not https.`,
        fix: 'Use an https:// address (or mailto:/tel: in the contact fields), or leave the link out of the text.',
      });
    }
  }
}

function checkUrl(value: string, path: string, contact: boolean, add: (finding: LintFinding) => void) {
  const ok = contact ? isContactUrl(value) : isWebUrl(value);
  if (ok && /^http:/i.test(value.trim())) {
    add({
      severity: 'warning',
      code: 'dev-link',
      path,
      excerpt: value,
      message: 'This is a development address (http://localhost); patients cannot reach it.',
      fix: 'Replace it with the public https:// address before publishing.',
    });
  } else if (!ok) {
    add({
      severity: 'error',
      code: 'insecure-link',
      path,
      excerpt: value,
      message: `"${value}" is not an https${contact ? ', mailto: or tel:' : ''} address.`,
      fix: contact ? 'Use https://…, mailto:… or tel:….' : 'Use the https:// address of the page.',
    });
  }
}

const GENERIC_ALT = /^(logo|image|img|picture|photo|icon|sponsor|sponsor logo|logotipo|imagen|foto)$|\.(png|jpe?g|gif|svg|webp|avif)$/i;

function checkLogo(config: Json, add: (finding: LintFinding) => void) {
  const logo = isRecord(config.sponsor) ? config.sponsor.logo : undefined;
  if (!isRecord(logo)) return;
  const alts = typeof logo.alt === 'string' ? [logo.alt] : isRecord(logo.alt) ? Object.values(logo.alt).filter((v): v is string => typeof v === 'string') : [];
  if (!alts.some((alt) => alt.trim())) {
    add({
      severity: 'error',
      code: 'logo-alt',
      path: 'sponsor.logo.alt',
      excerpt: typeof logo.src === 'string' ? logo.src : '',
      message: 'The sponsor logo has no alternative text: screen-reader users will not know whose logo it is.',
      fix: 'Add "alt" with the organisation\'s name, e.g. "alt": "National Cancer Institute".',
    });
  } else if (alts.some((alt) => GENERIC_ALT.test(alt.trim()))) {
    add({
      severity: 'warning',
      code: 'logo-alt',
      path: 'sponsor.logo.alt',
      excerpt: alts.join(' / '),
      message: "The logo's alternative text does not say whose logo it is.",
      fix: 'Use the organisation\'s name as "alt", e.g. "National Cancer Institute".',
    });
  }
}

function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return isRecord(value) && Object.values(value).some((v) => typeof v === 'string' && v.trim() !== '');
}

function checkTransparency(config: Json, add: (finding: LintFinding) => void) {
  const missing = (severity: Severity, code: string, path: string, message: string, fix: string) => add({ severity, code, path, excerpt: '', message, fix });
  const sponsor = isRecord(config.sponsor) ? config.sponsor : undefined;
  if (!sponsor || !hasText(sponsor.name)) {
    missing(
      'warning',
      'missing-sponsor',
      'sponsor',
      'The config does not say who runs the study.',
      'Add "sponsor": { "name": "…" }, and "funding" to say who pays for it.',
    );
  }
  const oversight = isRecord(config.oversight) ? config.oversight : undefined;
  if (!oversight || !hasText(oversight.board)) {
    missing(
      'warning',
      'missing-oversight',
      'oversight',
      'The config does not say which ethics board (IRB/EC) approved the study.',
      'Add "oversight": { "board": "…", "approvalId": "…", "approvedOn": "YYYY-MM-DD" }.',
    );
  } else if (!oversight.approvalId) {
    missing(
      'info',
      'missing-approval-id',
      'oversight.approvalId',
      'The ethics approval has no reference number.',
      'Add "approvalId" (and "approvedOn") so people can check the approval.',
    );
  }
  const contact = isRecord(config.contact) ? config.contact : undefined;
  if (!contact || !(contact.phone || contact.email || contact.url)) {
    missing('error', 'missing-contact', 'contact', 'There is no way to reach the study team.', 'Add "contact" with a "phone", "email" or "url".');
  }
  const participation = isRecord(config.participation) ? config.participation : {};
  if (!hasText(participation.compensation)) {
    missing(
      'warning',
      'missing-compensation',
      'participation.compensation',
      'The config does not say whether people are paid or reimbursed.',
      'Add "participation.compensation", e.g. "You will get $50 for each visit to pay for travel." or "You will not be paid for taking part."',
    );
  }
  if (!hasText(participation.data)) {
    missing(
      'warning',
      'missing-data-use',
      'participation.data',
      "The config does not say what happens to people's information.",
      'Add "participation.data": who sees the information, how it is protected, and whether it is shared.',
    );
  }
  if (!hasText(participation.results) && !(isRecord(config.findings) && (hasText(config.findings.summary) || typeof config.findings.url === 'string'))) {
    missing(
      'warning',
      'missing-results',
      'participation.results',
      'The config does not say whether people will hear the results.',
      'Add "participation.results", e.g. "The results will be posted on ClinicalTrials.gov."',
    );
  }
  if (!hasText(participation.costs)) {
    missing(
      'info',
      'missing-costs',
      'participation.costs',
      'The config does not say what taking part costs.',
      'Add "participation.costs": what the study pays for, and what insurance may be billed.',
    );
  }
  if (!hasText(participation.risks)) {
    missing('info', 'missing-risks', 'participation.risks', 'The config does not name the main risks.', 'Add "participation.risks" in plain words.');
  }
}

function checkTranslations(texts: PatientText[], languages: string[], add: (finding: LintFinding) => void) {
  if (languages.length < 2) return;
  const byField = new Map<string, Set<string>>();
  for (const text of texts) {
    if (text.kind === 'name' || text.kind === 'official') continue;
    // A glossary term written as one plain string (a drug name) is the same in every language.
    if (text.kind === 'term' && text.path === text.field) continue;
    const set = byField.get(text.field) ?? new Set<string>();
    set.add(text.lang);
    byField.set(text.field, set);
  }
  for (const [field, langs] of byField) {
    const absent = languages.filter((lang) => !langs.has(lang));
    if (!absent.length || langs.size === 0) continue;
    add({
      severity: 'warning',
      code: 'missing-translation',
      path: field,
      excerpt: '',
      message: `This text has no ${absent.join(', ')} version; readers in ${absent.length > 1 ? 'those languages' : 'that language'} see another language instead.`,
      fix: `Write it as { ${[...langs, ...absent].map((l) => `"${l}": "…"`).join(', ')} }.`,
    });
  }
}

// ---------------------------------------------------------------------------------------------

/** Texts the elements render with clinical terms explained in place (see src/internal/glossary-text.ts). */
const EXPLAINED_IN_PLACE = /^(summary|funding|participation\.\w+|faq\[\d+\]\.answer|findings\.summary)(\.|$)/;

const GRADE_KINDS: readonly PatientText['kind'][] = ['title', 'share', 'prose', 'question', 'definition'];
const JARGON_KINDS: readonly PatientText['kind'][] = ['title', 'share', 'prose', 'question', 'label'];

/** Lints a trial config. Never throws; a config that is not an object gets one error. */
export function lint(config: unknown, options: LintOptions = {}): LintResult {
  const target = options.targetGrade ?? DEFAULT_TARGET_GRADE;
  const minWords = options.minWordsForGrade ?? 10;
  const glossary = options.glossary ?? DEFAULT_JARGON;
  const findings: LintFinding[] = [];
  const textLevels: TextLevel[] = [];
  const add = (finding: LintFinding) => findings.push(finding);

  if (!isRecord(config)) {
    add({
      severity: 'error',
      code: 'schema',
      path: '',
      excerpt: '',
      message: 'A trial config must be a JSON object.',
      fix: 'Start from a config such as { "schemaVersion": 1, "id": "…", … }.',
    });
    return finish(findings, [], []);
  }
  if (options.validate !== false) {
    const result = validateConfig(config);
    if (!result.ok)
      for (const problem of result.problems)
        add({
          severity: 'error',
          code: 'schema',
          path: problem.path,
          excerpt: '',
          message: problem.message,
          fix: 'Fix the field as the message says; `trialkit validate` lists every schema problem.',
        });
  }

  const texts = patientTexts(config);
  const languages = configLanguages(config);
  const glossaryTexts = texts.filter((t) => t.kind === 'term').map((t) => t.text);

  // Every string, not only the patient texts: a marker left in a place name or a custom field is
  // still a draft someone may show.
  const byPath = new Map(texts.map((t) => [t.path, t]));
  for (const path of findRewriteMarkers(config)) {
    const text = byPath.get(path);
    add({
      severity: 'error',
      code: 'draft-text',
      path,
      ...(text ? { lang: text.lang } : {}),
      excerpt: startOf(text?.text ?? stringAt(config, path)),
      message: `This text is an imported draft: it still carries ${REWRITE_MARKER}, so it is registry wording that no patient should read yet.`,
      fix: draftTextFix(path),
    });
  }

  for (const text of texts) {
    checkPhrases(text, add);
    const terms = glossary[baseLang(text.lang)] ?? glossary[text.lang];
    if (terms && JARGON_KINDS.includes(text.kind)) checkJargon(text, compileTerms(terms), glossaryTexts, add);
    const builtIn = options.builtInGlossary?.[baseLang(text.lang)];
    if (builtIn && JARGON_KINDS.includes(text.kind) && !EXPLAINED_IN_PLACE.test(text.path)) {
      // A note, not a warning: these are everyday clinical words the glossary explains elsewhere on the page.
      checkJargon(text, compileTerms(builtIn), glossaryTexts, (finding) => {
        if (!findings.some((f) => f.code === 'jargon' && f.path === finding.path && f.excerpt === finding.excerpt)) add({ ...finding, severity: 'info' });
      });
    }
    if (GRADE_KINDS.includes(text.kind)) {
      const level = readability(text.text.replace(REWRITE_MARKER, ''), text.lang);
      if (level) textLevels.push({ path: text.path, lang: text.lang, grade: level.grade, words: level.words });
      if (level && level.words >= minWords && level.grade > target) {
        add({
          severity: 'warning',
          code: 'reading-grade',
          path: text.path,
          lang: text.lang,
          excerpt: startOf(text.text),
          message: `Reading grade ${level.grade} (${level.formula === 'flesch-kincaid' ? 'Flesch–Kincaid' : 'Fernández-Huerta'}${level.ease !== undefined ? `, ease ${level.ease}` : ''}) is above the target of grade ${target}.`,
          fix: 'Use shorter sentences (under 15 words) and everyday words with fewer syllables.',
        });
      }
    }
  }

  // The whole config's reading level per language, over all of its sentences together.
  const readingLevels: ReadingLevel[] = [];
  for (const lang of languages) {
    if (!readabilityLanguage(lang)) continue;
    const body = texts
      .filter((t) => t.lang === lang && GRADE_KINDS.includes(t.kind))
      .map((t) =>
        t.text
          .replace(REWRITE_MARKER, '')
          .trim()
          .replace(/([^.!?…])$/, '$1.'),
      )
      .join('\n');
    const level = readability(body, lang);
    if (!level) continue;
    readingLevels.push({ lang, formula: level.formula, grade: level.grade, words: level.words });
    if (level.grade > target) {
      add({
        severity: 'warning',
        code: 'reading-grade-overall',
        path: '',
        lang,
        excerpt: '',
        message: `All the "${lang}" text together reads at grade ${level.grade}, above the target of grade ${target}.`,
        fix: 'Start with the texts flagged "reading-grade"; shorter sentences lower the grade the most.',
      });
    }
  }

  checkLinks(config, texts, add);
  checkLogo(config, add);
  checkTransparency(config, add);
  checkTranslations(texts, languages, add);
  return finish(findings, readingLevels, textLevels);
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function finish(findings: LintFinding[], readingLevels: ReadingLevel[], textLevels: TextLevel[]): LintResult {
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = `${f.code}\u0000${f.path}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of unique) counts[finding.severity]++;
  return { findings: unique, textLevels, readingLevels, counts };
}

export { defaultLocaleOf };
