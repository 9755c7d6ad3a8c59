import type { Section } from '../types.js';

const en = {
  loading: 'Loading the study details…',
  'fallback.title': 'We can’t show this study right now.',
  'fallback.body': 'Something went wrong on this page. You can still contact the study team.',
  'fallback.later': 'Please try again later.',
  'contact.heading': 'Contact the study team',
  'contact.call': 'Call {phone}',
  'contact.email': 'Email {email}',
  'contact.website': 'Visit the study website',
  newTab: '(opens in a new tab)',
};

export const common: Section<keyof typeof en> = {
  en,
  es: {
    loading: 'Cargando los datos del estudio…',
    'fallback.title': 'No podemos mostrar este estudio ahora.',
    'fallback.body': 'Algo salió mal en esta página. Aún puede contactar al equipo del estudio.',
    'fallback.later': 'Vuelva a intentarlo más tarde.',
    'contact.heading': 'Contacte al equipo del estudio',
    'contact.call': 'Llamar al {phone}',
    'contact.email': 'Escribir a {email}',
    'contact.website': 'Visitar el sitio web del estudio',
    newTab: '(se abre en una pestaña nueva)',
  },
};
