import type { Texts } from '../texts.js';

/** Polish (pl). */
const texts: Texts = {
  title: 'Pliki cookie w tym serwisie',
  description:
    'Używamy plików cookie, aby serwis działał, a – tylko za Twoją zgodą – aby mierzyć jego użycie i pokazywać Ci dopasowane oferty. Swój wybór możesz zmienić w każdej chwili.',
  policyLink: 'Polityka prywatności',
  acceptAll: 'Zaakceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  managePreferences: 'Zarządzaj ustawieniami',
  preferencesTitle: 'Ustawienia plików cookie',
  preferencesDescription: 'Wybierz, których plików cookie możemy używać. Niezbędne pliki cookie są zawsze włączone, ponieważ bez nich serwis nie działa.',
  savePreferences: 'Zapisz ustawienia',
  saved: 'Ustawienia plików cookie zostały zapisane.',
  close: 'Zamknij',
  closeWithoutSaving: 'Zamknij bez zapisywania',
  alwaysOn: 'Zawsze włączone',
  details: 'Usługi i pliki cookie',
  cookieName: 'Plik cookie',
  cookiePurpose: 'Cel',
  cookieDuration: 'Okres przechowywania',
  cookieProvider: 'Dostawca',
  reopen: 'Ustawienia plików cookie',
  placeholder: '{service} wymaga Twojej zgody na te pliki cookie: {category}.',
  placeholderGeneric: 'Ta treść wymaga Twojej zgody na te pliki cookie: {category}.',
  allow: 'Zezwól',
  allowService: 'Zezwól na {service}',
  and: 'i',
  gpc: 'Twoja przeglądarka wysyła sygnał Global Privacy Control, dlatego te kategorie pozostaną wyłączone, dopóki ich nie włączysz: {categories}.',
  gpcHonoured: 'Uwzględniono żądanie sprzeciwu',
  optOutDescription:
    'My i nasi partnerzy używamy plików cookie, aby serwis działał, aby mierzyć jego wykorzystanie i pokazywać dopasowane reklamy. Część z tego może być uznana za sprzedaż lub udostępnianie Twoich danych osobowych. W każdej chwili możesz z tego zrezygnować.',
  doNotSell: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
  necessaryLabel: 'Niezbędne',
  necessaryDescription:
    'Potrzebne do działania serwisu, na przykład do utrzymania logowania, zapamiętania koszyka i zapewnienia bezpieczeństwa. Nie można ich wyłączyć.',
  functionalLabel: 'Funkcjonalne',
  functionalDescription: 'Zapamiętują Twoje wybory, np. język, i umożliwiają funkcje takie jak czat.',
  analyticsLabel: 'Analityczne',
  analyticsDescription: 'Pomagają nam zrozumieć, jak odwiedzający korzystają z serwisu, abyśmy mogli go ulepszać.',
  marketingLabel: 'Marketingowe',
  marketingDescription: 'Służą do pokazywania Ci dopasowanych ofert i reklam, w tym serwisie i poza nim, oraz do mierzenia ich skuteczności.',
};

export default texts;
