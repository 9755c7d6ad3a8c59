import type { Messages } from '../types.js';

export const common: Messages<'common'> = {
  loading: 'Cargando los datos del estudio…',
  'fallback.title': 'No podemos mostrar este estudio ahora.',
  'fallback.body': 'Algo salió mal en esta página. Aún puede contactar al equipo del estudio.',
  'fallback.later': 'Vuelva a intentarlo más tarde.',
  'contact.heading': 'Contacte al equipo del estudio',
  'contact.call': 'Llamar al {phone}',
  'contact.email': 'Escribir a {email}',
  'contact.website': 'Visitar el sitio web del estudio',
  newTab: '(se abre en una pestaña nueva)',
  /** The title of a clinical term that can be explained (any element may show one). */
  'term.explain': '¿Qué significa esto?',
  draft: 'Esta parte todavía se está escribiendo. Pregunte al equipo del estudio.',
  onlyIn: 'La información sobre este estudio solo está disponible en {language}.',
};
