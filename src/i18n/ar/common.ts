import type { Messages } from '../types.js';

// Modern Standard Arabic in a simple register. Buttons and requests use the verbal noun or
// «يُرجى» rather than an imperative, so no sentence assumes the reader is a man or a woman.
export const common: Messages<'common'> = {
  loading: 'جارٍ تحميل تفاصيل الدراسة…',
  'fallback.title': 'لا يمكننا عرض هذه الدراسة الآن.',
  'fallback.body': 'حدث خطأ في هذه الصفحة. لا يزال بإمكانك التواصل مع فريق الدراسة.',
  'fallback.later': 'يُرجى المحاولة مرة أخرى لاحقًا.',
  'contact.heading': 'التواصل مع فريق الدراسة',
  'contact.call': 'الاتصال بالرقم {phone}',
  'contact.email': 'إرسال بريد إلكتروني إلى {email}',
  'contact.website': 'زيارة موقع الدراسة',
  newTab: '(يُفتح في علامة تبويب جديدة)',
  /** The title of a clinical term that can be explained (any element may show one). */
  'term.explain': 'ماذا يعني هذا؟',
  draft: 'هذا الجزء لا يزال قيد الكتابة. يُرجى سؤال فريق الدراسة.',
  onlyIn: 'معلومات هذه الدراسة متاحة باللغة {language} فقط.',
};
