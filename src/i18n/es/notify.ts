import type { Messages } from '../types.js';

export const notify: Messages<'notify'> = {
  heading: 'Avísenme cuando haya resultados',
  intro: 'Deje su correo electrónico para saber cuándo salen los resultados. Solo se envía si marca la casilla de abajo y presiona “Enviar”.',
  email: 'Correo electrónico',
  'error.title': 'Hay un problema',
  'error.prefix': 'Error:',
  'error.email': 'Escriba un correo electrónico como nombre@ejemplo.com.',
  'error.consent': 'Marque la casilla si está de acuerdo en enviar su correo electrónico.',
  send: 'Enviar',
  sending: 'Enviando…',
  failed: 'No pudimos enviar su correo electrónico. No se perdió nada: revise su conexión a internet y presione “Enviar” otra vez.',
  sent: 'Se envió su correo electrónico. Recibirá un correo cuando salgan los resultados.',
};
