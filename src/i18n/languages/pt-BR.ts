import type { Texts } from '../texts.js';

/** Portuguese as written in Brazil (pt-BR). */
const texts: Texts = {
  title: 'Cookies neste site',
  description:
    'Usamos cookies para o funcionamento deste site e, só com o seu consentimento, para medir o uso e mostrar ofertas relevantes para você. Você pode alterar sua escolha a qualquer momento.',
  policyLink: 'Política de privacidade',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  managePreferences: 'Gerenciar preferências',
  preferencesTitle: 'Preferências de cookies',
  preferencesDescription: 'Escolha quais cookies podemos usar. Os cookies estritamente necessários estão sempre ativos, porque o site não funciona sem eles.',
  savePreferences: 'Salvar preferências',
  saved: 'Suas preferências de cookies foram salvas.',
  close: 'Fechar',
  closeWithoutSaving: 'Fechar sem salvar',
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
  gpc: 'Seu navegador envia um sinal Global Privacy Control, por isso estas categorias ficam desativadas, a menos que você as ative: {categories}.',
  gpcHonoured: 'Pedido de exclusão respeitado',
  optOutDescription:
    'Nós e nossos parceiros usamos cookies para o funcionamento do site, para medir seu uso e mostrar anúncios relevantes. Parte disso pode ser considerada venda ou compartilhamento das suas informações pessoais. Você pode recusar a qualquer momento.',
  doNotSell: 'Não vender nem compartilhar minhas informações pessoais',
  necessaryLabel: 'Estritamente necessários',
  necessaryDescription:
    'Necessários para o funcionamento do site, por exemplo para manter a sua sessão ativa, lembrar o seu carrinho e proteger o site. Não podem ser desativados.',
  functionalLabel: 'Funcionais',
  functionalDescription: 'Lembram as suas escolhas, como o idioma, e permitem recursos como o chat.',
  analyticsLabel: 'Análise',
  analyticsDescription: 'Nos ajudam a entender como os visitantes usam o site, para que possamos melhorá-lo.',
  marketingLabel: 'Marketing',
  marketingDescription: 'Servem para mostrar ofertas e publicidade relevantes para você, neste site e em outros, e para medir a eficácia delas.',
};

export default texts;
