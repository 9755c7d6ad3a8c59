/**
 * El glosario integrado en español: palabras de la investigación clínica explicadas para que las
 * entienda un niño de 12 años, en el mismo registro (usted) que el resto de los textos. Se carga
 * solo cuando se necesita (su propio chunk). Los términos se buscan en textos en español.
 */
import type { GlossaryTerm } from '../core/glossary.js';

export const terms: GlossaryTerm[] = [
  {
    term: 'ensayo clínico',
    also: ['estudio clínico', 'investigación clínica'],
    definition: 'Un estudio de investigación que prueba un medicamento, tratamiento o examen en personas, para saber si es seguro y si funciona.',
  },
  {
    term: 'placebo',
    definition:
      'Una pastilla, inyección u otro tratamiento que se ve igual al real pero no tiene medicamento. Ayuda a ver si el medicamento real hace una diferencia.',
  },
  {
    term: 'controlado con placebo',
    also: ['controlado por placebo'],
    definition:
      'Algunas personas del estudio reciben un placebo (algo que se ve igual pero no tiene medicamento) en lugar del medicamento del estudio, para comparar los dos grupos.',
  },
  {
    term: 'aleatorizado',
    also: ['aleatorizada', 'aleatorización', 'asignación al azar', 'aleatorio', 'aleatoria'],
    definition:
      'Una computadora pone a cada persona en un grupo por sorteo, como al lanzar una moneda. Ni usted ni su médico eligen el grupo. Así la comparación es justa.',
  },
  {
    term: 'simple ciego',
    also: ['estudio ciego', 'enmascarado', 'enmascarada'],
    definition: 'Usted no sabe en qué grupo está ni qué tratamiento recibe. Así lo que uno espera no cambia los resultados.',
  },
  {
    term: 'doble ciego',
    also: ['doble-ciego', 'doble enmascarado'],
    definition:
      'Ni usted ni el equipo del estudio saben quién recibe cada tratamiento hasta que termina el estudio. En una emergencia, el equipo puede averiguarlo.',
  },
  {
    term: 'etiqueta abierta',
    also: ['estudio abierto'],
    definition: 'Todos, usted y el equipo del estudio, saben qué tratamiento recibe. No se oculta nada.',
  },
  {
    term: 'grupo de control',
    also: ['grupo control', 'brazo de control'],
    definition: 'El grupo que recibe el tratamiento habitual o un placebo en lugar del nuevo. Los investigadores comparan el otro grupo con este.',
  },
  {
    term: 'brazo del estudio',
    also: ['brazo de tratamiento', 'grupo de tratamiento'],
    definition: 'Uno de los grupos de un estudio. Cada grupo recibe un tratamiento o una dosis diferente.',
  },
  {
    term: 'fase 1',
    also: ['fase I', 'fase uno', 'fase 1 temprana'],
    definition: 'Las primeras pruebas de un tratamiento nuevo en personas. Participa un grupo pequeño, para ver qué tan seguro es y encontrar la dosis adecuada.',
  },
  {
    term: 'fase 2',
    also: ['fase II', 'fase dos'],
    definition: 'Un grupo más grande prueba el tratamiento, para saber si funciona y seguir revisando qué tan seguro es.',
  },
  {
    term: 'fase 3',
    also: ['fase III', 'fase tres'],
    definition: 'Participa un grupo grande de personas. Se compara el tratamiento nuevo con el habitual, para ver cuál funciona mejor.',
  },
  {
    term: 'fase 4',
    also: ['fase IV', 'fase cuatro'],
    definition: 'Estudios que se hacen después de aprobar un tratamiento, para saber más sobre cómo funciona y qué tan seguro es con el tiempo.',
  },
  {
    term: 'en investigación',
    also: ['medicamento en investigación', 'experimental', 'medicamento del estudio en investigación'],
    definition: 'Todavía se está probando. La agencia del gobierno que revisa los medicamentos aún no lo aprueba para este uso.',
  },
  {
    term: 'consentimiento informado',
    also: ['formulario de consentimiento'],
    definition:
      'Antes de entrar, el equipo del estudio le explica el estudio, sus riesgos y sus derechos. Usted puede hacer preguntas. Luego decide y, si está de acuerdo, firma un formulario. Aun así puede salir después.',
  },
  {
    term: 'evento adverso',
    also: ['acontecimiento adverso', 'evento adverso grave'],
    definition: 'Cualquier problema de salud que ocurre durante un estudio, lo haya causado o no el tratamiento. El equipo del estudio lo anota y lo revisa.',
  },
  {
    term: 'efecto secundario',
    also: ['efecto adverso', 'reacción adversa'],
    definition: 'Un efecto no deseado de un tratamiento, como malestar de estómago, mucho cansancio o un sarpullido.',
  },
  {
    term: 'protocolo',
    also: ['protocolo del estudio'],
    definition: 'El plan del estudio. Dice quién puede participar, qué exámenes y tratamientos hay, y cuándo.',
  },
  {
    term: 'criterios de elegibilidad',
    also: ['elegibilidad'],
    definition: 'Las reglas sobre quién puede participar en un estudio, como la edad, la salud y los tratamientos anteriores.',
  },
  {
    term: 'criterios de inclusión',
    definition: 'Lo que una persona debe tener para entrar al estudio, como cierta enfermedad o edad.',
  },
  {
    term: 'criterios de exclusión',
    definition: 'Lo que hace que una persona no pueda entrar al estudio, muchas veces para cuidar su seguridad.',
  },
  {
    term: 'investigador principal',
    also: ['investigadora principal'],
    definition: 'El médico o científico a cargo del estudio en un hospital o clínica.',
  },
  {
    term: 'investigador',
    also: ['investigadora'],
    definition: 'Un médico o científico que lleva a cabo el estudio y cuida a las personas que participan.',
  },
  {
    term: 'junta de revisión institucional',
    also: ['IRB', 'junta de revisión', 'comité de revisión institucional'],
    definition:
      'Un grupo de médicos, otros expertos y personas de la comunidad que revisan que un estudio sea justo y proteja a quienes participan. Un estudio no puede empezar sin su aprobación.',
  },
  {
    term: 'comité de ética',
    also: ['comité de ética de investigación', 'comité ético', 'CEI'],
    definition:
      'Un grupo de expertos y personas de la comunidad que revisan que un estudio sea justo y proteja a quienes participan. Es otro nombre para una junta de revisión (IRB).',
  },
  {
    term: 'comité de monitoreo de datos y seguridad',
    also: ['comité de vigilancia de datos', 'comité de monitoreo de datos'],
    definition:
      'Un grupo de expertos, que no son parte del equipo del estudio, que revisan los resultados mientras el estudio avanza. Pueden detenerlo si las personas corren peligro.',
  },
  {
    term: 'patrocinador',
    also: ['patrocinadora'],
    definition: 'La empresa, universidad, hospital u organismo del gobierno que inicia el estudio y es responsable de él. Muchas veces también lo paga.',
  },
  {
    term: 'biomarcador',
    definition:
      'Algo en su cuerpo que se puede medir, como una sustancia en la sangre o un cambio en un gen. Puede mostrar cómo va una enfermedad o un tratamiento.',
  },
  {
    term: 'cohorte',
    definition: 'Un grupo de personas en un estudio que tienen algo en común, como la misma dosis o la misma enfermedad.',
  },
  {
    term: 'estudio cruzado',
    also: ['diseño cruzado'],
    definition: 'Un estudio en el que las personas cambian de tratamiento a mitad de camino, así cada persona prueba los dos.',
  },
  {
    term: 'periodo de lavado',
    also: ['período de lavado'],
    definition: 'Un tiempo en el que usted deja de tomar un medicamento para que salga de su cuerpo antes de la siguiente parte del estudio.',
  },
  {
    term: 'tratamiento estándar',
    also: ['estándar de atención', 'terapia estándar', 'atención estándar'],
    definition: 'El tratamiento que usa hoy la mayoría de los médicos para una enfermedad. Es lo que usted recibiría si no estuviera en un estudio.',
  },
  {
    term: 'seguimiento',
    also: ['visita de seguimiento', 'periodo de seguimiento'],
    definition: 'Controles después de terminar el tratamiento, para que el equipo del estudio vea cómo sigue usted con el tiempo.',
  },
  {
    term: 'criterio de valoración',
    also: ['variable principal', 'resultado principal', 'criterio de valoración principal'],
    definition: 'Lo que el estudio mide para decidir si un tratamiento funciona, como cuánto viven las personas o si un tumor se achica.',
  },
  {
    term: 'eficacia',
    definition: 'Qué tan bien funciona un tratamiento en un estudio.',
  },
  {
    term: 'valores iniciales',
    also: ['línea de base', 'basal'],
    definition: 'Su salud y los resultados de sus exámenes al comienzo del estudio. Los resultados de después se comparan con ellos.',
  },
  {
    term: 'visita de selección',
    also: ['período de selección', 'periodo de selección', 'cribado'],
    definition: 'Exámenes y preguntas al comienzo, para ver si el estudio es adecuado para usted.',
  },
  {
    term: 'inscripción',
    also: ['reclutamiento'],
    definition: 'Entrar a un estudio. También quiere decir cuántas personas ya entraron.',
  },
  {
    term: 'dosis',
    definition: 'Cuánto medicamento se toma y cada cuánto.',
  },
  {
    term: 'aumento de dosis',
    also: ['escalada de dosis', 'escalamiento de dosis'],
    definition: 'Dar una dosis un poco más alta a cada grupo pequeño nuevo, paso a paso, para encontrar la mejor dosis que sea segura.',
  },
  {
    term: 'farmacocinética',
    definition: 'Cómo su cuerpo recibe un medicamento, lo mueve, lo descompone y lo elimina. Muchas veces se revisa con análisis de sangre.',
  },
  {
    term: 'voluntario sano',
    also: ['voluntaria sana', 'voluntarios sanos'],
    definition: 'Una persona sin la enfermedad que se estudia que participa en un estudio.',
  },
  {
    term: 'quimioterapia',
    also: ['quimio'],
    definition: 'Medicamentos fuertes que matan las células del cáncer o impiden que crezcan.',
  },
  {
    term: 'inmunoterapia',
    definition: 'Un tratamiento que ayuda al sistema de defensa de su cuerpo, el sistema inmunitario, a encontrar y combatir una enfermedad como el cáncer.',
  },
  {
    term: 'sistema inmunitario',
    also: ['sistema inmune', 'sistema inmunológico'],
    definition: 'El sistema de defensa de su cuerpo. Combate los gérmenes y también puede atacar las células del cáncer.',
  },
  {
    term: 'monoterapia',
    definition: 'Tratamiento con un solo medicamento.',
  },
  {
    term: 'adyuvante',
    also: ['terapia adyuvante', 'tratamiento adyuvante'],
    definition: 'Tratamiento que se da después del tratamiento principal, como una cirugía, para bajar la probabilidad de que la enfermedad regrese.',
  },
  {
    term: 'metastásico',
    also: ['metastásica', 'metástasis'],
    definition: 'Cáncer que se extendió desde donde empezó a otras partes del cuerpo.',
  },
  {
    term: 'remisión',
    definition: 'Cuando las señales de una enfermedad se reducen o desaparecen por un tiempo.',
  },
  {
    term: 'recaída',
    also: ['recidiva', 'recurrente'],
    definition: 'Cuando una enfermedad regresa después de haber mejorado.',
  },
  {
    term: 'refractario',
    also: ['refractaria'],
    definition: 'Una enfermedad que no mejoró con el tratamiento.',
  },
  {
    term: 'progresión',
    also: ['progresión de la enfermedad'],
    definition: 'Cuando una enfermedad crece, se extiende o empeora.',
  },
  {
    term: 'supervivencia global',
    definition: 'Cuánto tiempo viven las personas del estudio, contado desde que empezaron el estudio.',
  },
  {
    term: 'toxicidad',
    definition: 'El daño que un tratamiento puede causar al cuerpo.',
  },
  {
    term: 'biopsia',
    definition: 'Sacar un pedacito de tejido del cuerpo para que un médico lo mire con un microscopio.',
  },
  {
    term: 'inhibidor',
    definition: 'Un medicamento que bloquea algo en el cuerpo, como una proteína que ayuda a crecer a las células del cáncer.',
  },
  {
    term: 'HER2 positivo',
    also: ['HER2-positivo', 'HER2 positiva', 'HER2-positiva'],
    definition: 'Células de cáncer que tienen demasiada cantidad de una proteína llamada HER2, que las ayuda a crecer. Algunos medicamentos atacan el HER2.',
  },
];
