/** The "tell me when results are out" form (its own chunk, with <trial-card>). */
export const notify = {
  heading: 'Tell me when results are out',
  intro: 'Leave your email address to hear when the results are out. It is sent only if you tick the box below and press “Send”.',
  email: 'Email address',
  'error.title': 'There is a problem',
  'error.prefix': 'Error:',
  'error.email': 'Enter an email address like name@example.com.',
  'error.consent': 'Tick the box if you agree to send your email address.',
  send: 'Send',
  sending: 'Sending…',
  failed: 'We could not send your email address. Nothing was lost: check your internet connection and press “Send” again.',
  sent: 'Your email address was sent. You will get an email when the results are out.',
};
