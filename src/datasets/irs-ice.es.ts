/**
 * The bundled story in Spanish: the words only, by id; names, figures, dates and sources are
 * the English dataset's (`irs-ice.ts`). Written from the same fact sheet, with legal terms as
 * Spanish-language outlets write them.
 */
import type { TimelineTranslation } from '../data/types.js';

export const irsIceEs: TimelineTranslation = {
  title: 'El IRS, ICE y los datos de los contribuyentes',
  description:
    'El acuerdo del IRS para compartir datos de contribuyentes con ICE, las batallas judiciales en torno a él y quién dirigió el IRS mientras tanto.',
  categories: {
    agreement: 'Acuerdo',
    personnel: 'Dirección del IRS',
    lawsuit: 'Demandas',
    court: 'Fallos judiciales',
    data: 'Transferencias de datos',
  },
  events: {
    // 2025
    'werfel-departs': {
      title: 'El comisionado del IRS, Danny Werfel, se va el día de la investidura',
      label: 'Werfel se va',
      summary:
        "El comisionado Danny Werfel deja el IRS el día de la investidura, más de dos años antes de que termine su mandato. El subcomisionado Doug O'Donnell pasa a ser comisionado interino.",
    },
    'ctr-lawsuit-filed': {
      title: 'Defensores de contribuyentes y sindicatos demandan al IRS por acceso a sus datos',
      label: 'Defensores demandan',
      summary:
        'El Center for Taxpayer Rights, Main Street Alliance, la National Federation of Federal Employees y Communications Workers of America demandan al IRS ante un tribunal federal en Washington, representados por Democracy Forward. Al principio, la demanda trata sobre el acceso de DOGE a datos de contribuyentes. Se asigna a la jueza Colleen Kollar-Kotelly y más tarde se convierte en la principal impugnación del intercambio de datos del IRS con ICE.',
    },
    'odonnell-retirement': {
      title: "El comisionado interino del IRS, Doug O'Donnell, se jubilará",
      label: "O'Donnell se retira",
      summary:
        "El IRS anuncia que el comisionado interino Doug O'Donnell se jubilará el viernes 28 de febrero, en medio de despidos y de la presión de DOGE para obtener datos de contribuyentes. La directora de operaciones, Melanie Krause, pasa a ser comisionada interina.",
    },
    'irs-rejects-700k-request': {
      title: 'El IRS rechaza una solicitud para verificar unas 700.000 direcciones',
      label: 'Solicitud rechazada',
      summary:
        'Los directivos del IRS rechazan una solicitud del Departamento de Seguridad Nacional para verificar las direcciones de unas 700.000 personas que se cree que están en Estados Unidos de manera ilegal, y negocian condiciones más restringidas. El rechazo se dio a conocer el 28 de febrero.',
    },
    'centro-lawsuit-filed': {
      title: 'Grupos demandan para que el IRS no comparta datos fiscales con fines migratorios',
      label: 'Centro demanda',
      summary:
        'Centro de Trabajadores Unidos e Immigrant Solidarity DuPage demandan para impedir que el IRS comparta datos de contribuyentes con fines de control migratorio, representados por Public Citizen (abogado principal: Nandan Joshi) junto con Alan B. Morrison. El caso, Centro de Trabajadores Unidos v. Bessent, se asigna a la jueza Dabney Friedrich en un tribunal federal en Washington. En marzo, la jueza deniega una orden de restricción temporal.',
    },
    'mou-signed': {
      title: 'El Tesoro y Seguridad Nacional firman el acuerdo de datos IRS–ICE',
      label: 'Acuerdo firmado',
      summary:
        'El secretario del Tesoro, Scott Bessent, y la secretaria de Seguridad Nacional, Kristi Noem, firman un memorando de entendimiento: ICE envía nombres y direcciones de personas que, según afirma, están bajo investigación penal, principalmente personas con órdenes finales de deportación, para que el IRS los coteje con los registros tributarios. El acuerdo se celebra al amparo del §6103(i)(2) del Código de Rentas Internas. Una copia con partes tachadas se presenta en el caso Centro a última hora del 7 de abril y se da a conocer el 8 de abril.',
    },
    'krause-departure': {
      title: 'La comisionada interina del IRS, Melanie Krause, anuncia que se irá',
      label: 'Krause se irá',
      summary:
        'La comisionada interina del IRS, Melanie Krause, comunica al personal que se va y que se acoge a la oferta de renuncia diferida. Informes de prensa citan el acuerdo con ICE como uno de los factores. Para el 15 de abril ya ha dejado el cargo interino.',
    },
    'shapley-named-acting': {
      title: 'Gary Shapley, nombrado comisionado interino del IRS',
      label: 'Nombran a Shapley',
      summary:
        'El presidente nombra comisionado interino a Gary Shapley, investigador criminal del IRS y denunciante.',
    },
    'faulkender-replaces-shapley': {
      title: 'Michael Faulkender sustituye a Gary Shapley como comisionado interino del IRS',
      label: 'Nombran a Faulkender',
      summary:
        'El subsecretario del Tesoro, Michael Faulkender, sustituye a Gary Shapley como comisionado interino después de tres días.',
    },
    'friedrich-denies-injunction': {
      title: 'La jueza Friedrich deniega una orden judicial contra el acuerdo IRS–ICE',
      label: 'Fallo de Friedrich',
      summary:
        'La jueza Dabney Friedrich deniega una orden judicial preliminar en el caso Centro de Trabajadores Unidos v. Bessent. Dictamina que el acuerdo no viola el Código de Rentas Internas, porque el §6103(i)(2) permite la divulgación en investigaciones penales cuando la agencia solicitante ya tiene el nombre y la dirección de la persona e indica el período, la ley y por qué la información es pertinente.',
    },
    'mou-unsealed': {
      title: 'Se hace público el texto casi completo del acuerdo IRS–ICE',
      label: 'Texto hecho público',
      summary:
        'Ante una moción de American Oversight, la jueza Dabney Friedrich ordena a última hora del 12 de mayo levantar el sello de confidencialidad de casi todo el acuerdo. El texto casi completo se hace público el 13 de mayo.',
    },
    'centro-appeal-filed': {
      title: 'Los demandantes del caso Centro apelan la denegación de una orden judicial',
      label: 'Centro apela',
      summary:
        'Los demandantes del caso Centro apelan ante el Tribunal de Apelaciones de Estados Unidos para el Circuito de D.C. la denegación de una orden judicial preliminar por parte de la jueza Dabney Friedrich.',
    },
    'long-confirmed': {
      title: 'El Senado confirma a Billy Long como comisionado del IRS',
      label: 'Senado confirma a Long',
      summary:
        'El Senado confirma al excongresista Billy Long como comisionado del IRS en una votación de 53–44.',
    },
    'long-sworn-in': {
      title: 'Billy Long jura el cargo como comisionado número 51 del IRS',
      label: 'Long jura el cargo',
      summary:
        'Billy Long jura el cargo como comisionado número 51 del IRS, para completar el mandato que termina el 12 de noviembre de 2027.',
    },
    'irs-shares-47000-addresses': {
      title: 'El IRS envía a ICE unas 47.000 direcciones de contribuyentes',
      label: 'Direcciones enviadas',
      summary:
        'ICE había enviado los nombres de alrededor de 1,28 millones de personas que, según afirmaba, estaban bajo investigación penal. El IRS encontró coincidencias para unas 47.000 de ellas y envía a ICE sus últimas direcciones conocidas.',
    },
    'long-removed': {
      title: 'Billy Long, destituido como comisionado del IRS; Bessent pasa a ser interino',
      label: 'Long, destituido',
      summary:
        'Billy Long es destituido como comisionado del IRS tras menos de dos meses y dice que será nominado embajador en Islandia; el secretario del Tesoro, Scott Bessent, pasa a ser comisionado interino. The Washington Post informó el día anterior de un enfrentamiento por los datos de inmigrantes. La Casa Blanca negó que hubiera relación.',
    },
    'ctr-emergency-motion': {
      title: 'Defensores de contribuyentes piden a la jueza frenar el intercambio IRS–ICE',
      label: 'Piden la suspensión',
      summary:
        'La coalición del Center for Taxpayer Rights pide a la jueza Colleen Kollar-Kotelly que detenga el intercambio de datos del IRS con ICE.',
    },
    'notice-orders': {
      title: 'Una jueza exige aviso antes de toda nueva transferencia de datos del IRS a ICE',
      label: 'Se exige aviso previo',
      summary:
        'La jueza Colleen Kollar-Kotelly exige al Gobierno avisar con 24 horas de antelación de cualquier nueva transferencia de datos del IRS a ICE.',
    },
    'dc-circuit-hears-centro': {
      title: 'Un tribunal de apelaciones escucha los alegatos del caso Centro',
      label: 'Alegatos en apelación',
      summary:
        'El Tribunal de Apelaciones de Estados Unidos para el Circuito de D.C. escucha los alegatos en la apelación de los demandantes del caso Centro.',
    },
    'bisignano-irs-ceo': {
      title: 'Frank Bisignano, nombrado director ejecutivo del IRS',
      label: 'Nombran a Bisignano',
      summary:
        'El comisionado del Seguro Social, Frank Bisignano, es nombrado también director ejecutivo del IRS. Scott Bessent sigue como comisionado interino.',
    },
    'kollar-kotelly-blocks-sharing': {
      title: 'La jueza Kollar-Kotelly impide al IRS dar a ICE direcciones de contribuyentes',
      label: 'Intercambio bloqueado',
      summary:
        'En un fallo de 94 páginas en el caso Center for Taxpayer Rights v. IRS, la jueza Colleen Kollar-Kotelly impide de forma preliminar que el IRS entregue a ICE direcciones de contribuyentes: la política probablemente es arbitraria y caprichosa según la Ley de Procedimiento Administrativo y no cumple los requisitos del Código de Rentas Internas para ese tipo de divulgaciones. La jueza pone en duda la afirmación de ICE de que un funcionario estaba «personal y directamente involucrado» en unos 47.000 asuntos penales, «y mucho menos en 1,28 millones de ellos».',
    },

    // 2026
    'talwani-blocks-sharing': {
      title: 'La jueza Indira Talwani bloquea el intercambio de datos IRS–ICE en Massachusetts',
      label: 'Fallo de Talwani',
      summary:
        'La jueza Indira Talwani, del tribunal federal de Massachusetts, bloquea el intercambio de datos del IRS con ICE y prohíbe a ICE usar los datos que ya ha recibido. El caso es Community Economic Development Center of Southeastern Massachusetts v. Bessent.',
    },
    'irs-admits-improper-disclosures': {
      title: 'El IRS dice que algunos datos fiscales se compartieron con ICE por error',
      label: 'El IRS admite errores',
      summary:
        'En una declaración ante el tribunal, el IRS reconoce que algunos datos de contribuyentes se compartieron con ICE por error. El Departamento del Tesoro había pedido en enero al Departamento de Seguridad Nacional que los eliminara.',
    },
    'dc-circuit-upholds-friedrich': {
      title: 'Un tribunal de apelaciones confirma el rechazo de Friedrich a una orden judicial',
      label: 'Respaldan a Friedrich',
      summary:
        'Un panel del Tribunal de Apelaciones del Circuito de D.C. confirma la denegación de una orden judicial por parte de la jueza Dabney Friedrich. Sostiene que el §6103(i)(2) permite divulgar direcciones ante una solicitud válida y que el acuerdo no es una acción final de agencia que pueda impugnarse según la Ley de Procedimiento Administrativo.',
    },
    'kollar-kotelly-42695-violations': {
      title: 'Una jueza concluye que el IRS violó la ley unas 42.695 veces',
      label: 'Infracciones constatadas',
      summary:
        'La jueza Colleen Kollar-Kotelly concluye que el IRS violó la ley unas 42.695 veces al divulgar direcciones sin confirmar que ICE hubiera proporcionado una dirección válida de cada persona. La apelación del Gobierno contra la orden judicial que ella dictó en noviembre sigue pendiente.',
    },
    'tigta-report': {
      title: 'El inspector general del Tesoro informa del envío de direcciones del IRS a ICE',
      label: 'Informe del inspector',
      summary:
        'El Inspector General del Tesoro para la Administración Tributaria (TIGTA) señala que se compartieron unas 47.000 direcciones a partir de una solicitud que abarcaba más de 1,2 millones de registros. También señala que el cotejo fue inconsistente y que ICE no cumplió las salvaguardas para los datos de contribuyentes.',
    },
  },
  tracks: {
    'irs-leadership': {
      label: 'Quién dirigió el IRS',
      spans: {
        'span-werfel': { role: 'comisionado' },
        'span-odonnell': { role: 'comisionado interino' },
        'span-krause': {
          role: 'comisionada interina',
          note: 'Para el 15 de abril de 2025 ya había dejado el cargo interino.',
        },
        'span-shapley': { role: 'comisionado interino' },
        'span-faulkender': { role: 'comisionado interino' },
        'span-long': { role: 'comisionado' },
        'span-bessent': {
          role: 'comisionado interino',
          note: 'No se conoce fecha de fin: seguía como comisionado interino en la última información disponible, del 6 de octubre de 2025, cuando Frank Bisignano fue nombrado director ejecutivo del IRS bajo su mando.',
        },
      },
    },
  },
};
