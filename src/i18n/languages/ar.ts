import type { Texts } from '../texts.js';

/** Arabic (ar). */
const texts: Texts = {
  title: 'ملفات تعريف الارتباط على هذا الموقع',
  description: 'نستخدم ملفات تعريف الارتباط لتشغيل الموقع، ولقياس استخدامه وعرض عروض تناسبك فقط إذا وافقت. يمكنك تغيير اختيارك في أي وقت.',
  policyLink: 'سياسة الخصوصية',
  acceptAll: 'قبول الكل',
  rejectAll: 'رفض الكل',
  managePreferences: 'إدارة التفضيلات',
  preferencesTitle: 'تفضيلات ملفات تعريف الارتباط',
  preferencesDescription: 'اختر ملفات تعريف الارتباط التي يمكننا استخدامها. الملفات الضرورية مفعّلة دائمًا، لأن الموقع لا يعمل بدونها.',
  savePreferences: 'حفظ التفضيلات',
  saved: 'تم حفظ تفضيلاتك بشأن ملفات تعريف الارتباط.',
  close: 'إغلاق',
  closeWithoutSaving: 'إغلاق دون حفظ',
  alwaysOn: 'مفعّلة دائمًا',
  details: 'الخدمات وملفات تعريف الارتباط',
  cookieName: 'ملف تعريف الارتباط',
  cookiePurpose: 'الغرض',
  cookieDuration: 'المدة',
  cookieProvider: 'المزوّد',
  reopen: 'تفضيلات ملفات تعريف الارتباط',
  placeholder: 'تحتاج خدمة {service} إلى موافقتك على ملفات تعريف الارتباط هذه: {category}.',
  placeholderGeneric: 'يحتاج هذا المحتوى إلى موافقتك على ملفات تعريف الارتباط هذه: {category}.',
  allow: 'السماح',
  allowService: 'السماح بـ {service}',
  and: 'و',
  gpc: 'يرسل متصفحك إشارة Global Privacy Control، لذلك تبقى هذه الفئات معطّلة ما لم تفعّلها بنفسك: {categories}.',
  gpcHonoured: 'تم احترام طلب الانسحاب',
  optOutDescription:
    'نستخدم نحن وشركاؤنا ملفات تعريف الارتباط لتشغيل الموقع وقياس طريقة استخدامه وعرض إعلانات مناسبة. قد يُعدّ بعض ذلك بيعًا لمعلوماتك الشخصية أو مشاركةً لها. يمكنك الانسحاب في أي وقت.',
  doNotSell: 'لا تبع معلوماتي الشخصية أو تشاركها',
  necessaryLabel: 'ضرورية',
  necessaryDescription: 'لازمة لعمل الموقع، مثل إبقاء تسجيل دخولك وتذكّر سلة مشترياتك وحماية الموقع. لا يمكن تعطيلها.',
  functionalLabel: 'وظيفية',
  functionalDescription: 'تتذكر اختياراتك، مثل اللغة، وتتيح ميزات مثل الدردشة.',
  analyticsLabel: 'تحليلية',
  analyticsDescription: 'تساعدنا على فهم كيفية استخدام الزوار للموقع، لكي نحسّنه.',
  marketingLabel: 'تسويقية',
  marketingDescription: 'تُستخدم لعرض عروض وإعلانات تناسبك، على هذا الموقع وفي أماكن أخرى، ولقياس مدى فعاليتها.',
};

export default texts;
