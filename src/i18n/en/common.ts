export const common = {
  loading: 'Loading the study details…',
  'fallback.title': 'We can’t show this study right now.',
  'fallback.body': 'Something went wrong on this page. You can still contact the study team.',
  'fallback.later': 'Please try again later.',
  'contact.heading': 'Contact the study team',
  'contact.call': 'Call {phone}',
  'contact.email': 'Email {email}',
  'contact.website': 'Visit the study website',
  newTab: '(opens in a new tab)',
  /** The title of a clinical term that can be explained (any element may show one). */
  'term.explain': 'What does this mean?',
  draft: 'This part is still being written. Ask the study team.',
  onlyIn: 'Information about this study is only available in {language}.',
};
