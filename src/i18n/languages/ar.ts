import type { Texts } from '../texts.js';

/** Arabic (ar). */
const texts: Texts = {
  languageName: "العربية",
  title: "ملفات تعريف الارتباط على هذا الموقع",
  description: "نستخدم ملفات تعريف الارتباط وتقنيات مشابهة. بعضها ضروري لعمل الموقع. وبعضها الآخر يساعدنا على فهم طريقة استخدام الموقع أو على عرض عروض تناسبك، ولا نستخدمها إلا بموافقتك. يمكنك تغيير اختيارك في أي وقت.",
  policyLink: "سياسة الخصوصية",
  acceptAll: "قبول الكل",
  rejectAll: "رفض الكل",
  managePreferences: "إدارة التفضيلات",
  preferencesTitle: "تفضيلات ملفات تعريف الارتباط",
  preferencesDescription: "اختر ملفات تعريف الارتباط التي يمكننا استخدامها. الملفات الضرورية مفعّلة دائمًا، لأن الموقع لا يعمل بدونها.",
  savePreferences: "حفظ التفضيلات",
  saved: "تم حفظ تفضيلاتك بشأن ملفات تعريف الارتباط.",
  close: "إغلاق",
  alwaysOn: "مفعّلة دائمًا",
  details: "الخدمات وملفات تعريف الارتباط",
  cookieName: "ملف تعريف الارتباط",
  cookiePurpose: "الغرض",
  cookieDuration: "المدة",
  cookieProvider: 'المزوّد',
  reopen: "إعدادات ملفات تعريف الارتباط",
  placeholder: "تحتاج خدمة {service} إلى موافقتك على فئة «{category}».",
  placeholderGeneric: "يحتاج هذا المحتوى إلى موافقتك على فئة «{category}».",
  allow: "السماح",
  gpc: "يرسل متصفحك إشارة Global Privacy Control، لذلك تبقى هذه الفئات معطّلة ما لم تفعّلها بنفسك: {categories}.",
  gpcHonoured: 'تم احترام طلب الانسحاب',
  necessaryLabel: "ضرورية",
  necessaryDescription: "لازمة لعمل الموقع، مثل إبقائك مسجّل الدخول وتذكّر سلة مشترياتك وحماية الموقع. لا يمكن تعطيلها.",
  functionalLabel: "وظيفية",
  functionalDescription: "تتذكر اختياراتك، مثل اللغة، وتتيح ميزات مثل الدردشة.",
  analyticsLabel: "تحليلية",
  analyticsDescription: "تساعدنا على فهم كيفية استخدام الزوار للموقع، لكي نحسّنه.",
  marketingLabel: "تسويقية",
  marketingDescription: "تُستخدم لعرض عروض وإعلانات تناسبك، على هذا الموقع وفي أماكن أخرى، ولقياس مدى فعاليتها.",
};

export default texts;
