import type { Texts } from '../texts.js';

/** Portuguese (pt). */
const texts: Texts = {
  title: 'Cookies neste site',
  description:
    'Utilizamos cookies para o funcionamento deste site e, só com o seu consentimento, para medir a sua utilização e mostrar-lhe ofertas relevantes. Pode alterar a sua escolha a qualquer momento.',
  policyLink: 'Política de privacidade',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  managePreferences: 'Gerir preferências',
  preferencesTitle: 'Preferências de cookies',
  preferencesDescription:
    'Escolha os cookies que podemos utilizar. Os cookies estritamente necessários estão sempre ativos, porque o site não funciona sem eles.',
  savePreferences: 'Guardar preferências',
  saved: 'As suas preferências de cookies foram guardadas.',
  close: 'Fechar',
  closeWithoutSaving: 'Fechar sem guardar',
  alwaysOn: 'Sempre ativos',
  details: 'Serviços e cookies',
  cookieName: 'Cookie',
  cookiePurpose: 'Finalidade',
  cookieDuration: 'Duração',
  cookieProvider: 'Fornecedor',
  reopen: 'Preferências de cookies',
  placeholder: '{service} precisa do seu consentimento para estes cookies: {category}.',
  placeholderGeneric: 'Este conteúdo precisa do seu consentimento para estes cookies: {category}.',
  allow: 'Permitir',
  allowService: 'Permitir {service}',
  and: 'e',
  gpc: 'O seu navegador envia um sinal Global Privacy Control, por isso estas categorias ficam desativadas, a menos que as ative: {categories}.',
  gpcHonoured: 'Pedido de exclusão respeitado',
  optOutDescription:
    'Nós e os nossos parceiros utilizamos cookies para o funcionamento do site, para medir a sua utilização e mostrar anúncios relevantes. Parte disto pode ser considerada venda ou partilha das suas informações pessoais. Pode recusar a qualquer momento.',
  doNotSell: 'Não vender nem partilhar as minhas informações pessoais',
  necessaryLabel: 'Estritamente necessários',
  necessaryDescription:
    'Necessários para o funcionamento do site, por exemplo para manter a sessão iniciada, guardar o seu cesto e proteger o site. Não podem ser desativados.',
  functionalLabel: 'Funcionais',
  functionalDescription: 'Memorizam as suas escolhas, como o idioma, e permitem funcionalidades como o chat.',
  analyticsLabel: 'Análise',
  analyticsDescription: 'Ajudam-nos a perceber como os visitantes utilizam o site, para o podermos melhorar.',
  marketingLabel: 'Marketing',
  marketingDescription: 'Servem para lhe mostrar ofertas e publicidade relevantes, neste site e noutros, e para medir a sua eficácia.',
};

export default texts;
