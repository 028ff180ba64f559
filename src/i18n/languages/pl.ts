import type { Texts } from '../texts.js';

/** Polish (pl). */
const texts: Texts = {
  languageName: "Polski",
  title: "Pliki cookie w tym serwisie",
  description: "Używamy plików cookie i podobnych technologii. Niektóre są niezbędne do działania serwisu. Inne pomagają nam zrozumieć, jak serwis jest używany, lub pokazywać Ci dopasowane oferty – z nich korzystamy tylko za Twoją zgodą. Swój wybór możesz zmienić w każdej chwili.",
  policyLink: "Polityka prywatności",
  acceptAll: "Zaakceptuj wszystkie",
  rejectAll: "Odrzuć wszystkie",
  managePreferences: "Zarządzaj ustawieniami",
  preferencesTitle: "Ustawienia plików cookie",
  preferencesDescription: "Wybierz, których plików cookie możemy używać. Niezbędne pliki cookie są zawsze włączone, ponieważ bez nich serwis nie działa.",
  savePreferences: "Zapisz ustawienia",
  saved: "Ustawienia plików cookie zostały zapisane.",
  close: "Zamknij",
  alwaysOn: "Zawsze włączone",
  details: "Usługi i pliki cookie",
  cookieName: "Plik cookie",
  cookiePurpose: "Cel",
  cookieDuration: "Okres przechowywania",
  cookieProvider: 'Dostawca',
  reopen: "Ustawienia plików cookie",
  placeholder: "{service} wymaga Twojej zgody w kategorii „{category}”.",
  placeholderGeneric: "Ta treść wymaga Twojej zgody w kategorii „{category}”.",
  allow: "Zezwól",
  gpc: "Twoja przeglądarka wysyła sygnał Global Privacy Control, dlatego te kategorie pozostaną wyłączone, dopóki sam ich nie włączysz: {categories}.",
  gpcHonoured: 'Uwzględniono żądanie sprzeciwu',
  necessaryLabel: "Niezbędne",
  necessaryDescription: "Potrzebne do działania serwisu, na przykład do utrzymania logowania, zapamiętania koszyka i zapewnienia bezpieczeństwa. Nie można ich wyłączyć.",
  functionalLabel: "Funkcjonalne",
  functionalDescription: "Zapamiętują Twoje wybory, np. język, i umożliwiają funkcje takie jak czat.",
  analyticsLabel: "Analityczne",
  analyticsDescription: "Pomagają nam zrozumieć, jak odwiedzający korzystają z serwisu, abyśmy mogli go ulepszać.",
  marketingLabel: "Marketingowe",
  marketingDescription: "Służą do pokazywania Ci dopasowanych ofert i reklam, w tym serwisie i poza nim, oraz do mierzenia ich skuteczności.",
};

export default texts;
