import type { Texts } from '../texts.js';

/** Spanish (es). */
const texts: Texts = {
  title: 'Cookies en este sitio',
  description:
    'Usamos cookies para que este sitio funcione y, solo si usted lo acepta, para medir su uso y mostrarle ofertas relevantes. Puede cambiar su elección en cualquier momento.',
  policyLink: 'Política de privacidad',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  managePreferences: 'Gestionar preferencias',
  preferencesTitle: 'Preferencias de cookies',
  preferencesDescription:
    'Elija qué cookies podemos usar. Las cookies estrictamente necesarias están siempre activas, porque el sitio no puede funcionar sin ellas.',
  savePreferences: 'Guardar preferencias',
  saved: 'Se han guardado sus preferencias de cookies.',
  close: 'Cerrar',
  closeWithoutSaving: 'Cerrar sin guardar',
  alwaysOn: 'Siempre activas',
  details: 'Servicios y cookies',
  cookieName: 'Cookie',
  cookiePurpose: 'Finalidad',
  cookieDuration: 'Duración',
  cookieProvider: 'Proveedor',
  reopen: 'Preferencias de cookies',
  placeholder: '{service} necesita su consentimiento para estas cookies: {category}.',
  placeholderGeneric: 'Este contenido necesita su consentimiento para estas cookies: {category}.',
  allow: 'Permitir',
  allowService: 'Permitir {service}',
  and: 'y',
  gpc: 'Su navegador envía una señal de Global Privacy Control, por lo que estas categorías seguirán desactivadas salvo que usted las active: {categories}.',
  gpcHonoured: 'Solicitud de exclusión respetada',
  optOutDescription:
    'Nosotros y nuestros socios usamos cookies para que el sitio funcione, medir su uso y mostrar anuncios relevantes. Parte de ello puede considerarse una venta o un intercambio de su información personal. Puede excluirse en cualquier momento.',
  doNotSell: 'No vender ni compartir mi información personal',
  necessaryLabel: 'Estrictamente necesarias',
  necessaryDescription:
    'Necesarias para que el sitio funcione, por ejemplo para mantener su sesión iniciada, recordar su cesta y proteger el sitio. No se pueden desactivar.',
  functionalLabel: 'Funcionales',
  functionalDescription: 'Recuerdan sus elecciones, como el idioma, y permiten funciones como el chat.',
  analyticsLabel: 'Analíticas',
  analyticsDescription: 'Nos ayudan a entender cómo usan el sitio los visitantes, para poder mejorarlo.',
  marketingLabel: 'Marketing',
  marketingDescription: 'Sirven para mostrarle ofertas y publicidad relevantes, en este sitio y en otros, y para medir su eficacia.',
};

export default texts;
