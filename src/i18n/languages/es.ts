import type { Texts } from '../texts.js';

/** Spanish (es). */
const texts: Texts = {
  languageName: "Español",
  title: "Cookies en este sitio",
  description: "Usamos cookies y tecnologías similares. Algunas son necesarias para que el sitio funcione. Otras nos ayudan a entender cómo se usa el sitio o a mostrarle ofertas relevantes, y solo las usamos si usted lo acepta. Puede cambiar su elección en cualquier momento.",
  policyLink: "Política de privacidad",
  acceptAll: "Aceptar todas",
  rejectAll: "Rechazar todas",
  managePreferences: "Gestionar preferencias",
  preferencesTitle: "Preferencias de cookies",
  preferencesDescription: "Elija qué cookies podemos usar. Las cookies estrictamente necesarias están siempre activas, porque el sitio no puede funcionar sin ellas.",
  savePreferences: "Guardar preferencias",
  saved: "Se han guardado sus preferencias de cookies.",
  close: "Cerrar",
  alwaysOn: "Siempre activas",
  details: "Servicios y cookies",
  cookieName: "Cookie",
  cookiePurpose: "Finalidad",
  cookieDuration: "Duración",
  cookieProvider: 'Proveedor',
  reopen: "Configuración de cookies",
  placeholder: "{service} necesita su consentimiento para la categoría «{category}».",
  placeholderGeneric: "Este contenido necesita su consentimiento para la categoría «{category}».",
  allow: "Permitir",
  gpc: "Su navegador envía una señal de Global Privacy Control, por lo que estas categorías seguirán desactivadas salvo que usted las active: {categories}.",
  gpcHonoured: 'Solicitud de exclusión respetada',
  necessaryLabel: "Estrictamente necesarias",
  necessaryDescription: "Necesarias para que el sitio funcione, por ejemplo para mantener su sesión iniciada, recordar su cesta y proteger el sitio. No se pueden desactivar.",
  functionalLabel: "Funcionales",
  functionalDescription: "Recuerdan sus elecciones, como el idioma, y permiten funciones como el chat.",
  analyticsLabel: "Analíticas",
  analyticsDescription: "Nos ayudan a entender cómo usan el sitio los visitantes, para poder mejorarlo.",
  marketingLabel: "Marketing",
  marketingDescription: "Sirven para mostrarle ofertas y publicidad relevantes, en este sitio y en otros, y para medir su eficacia.",
};

export default texts;
