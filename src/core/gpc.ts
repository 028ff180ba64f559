/** Is a Global Privacy Control signal present (`navigator.globalPrivacyControl === true`). */
export function hasGpcSignal(navigator: Navigator | undefined): boolean {
  try {
    return navigator !== undefined && 'globalPrivacyControl' in navigator && navigator.globalPrivacyControl === true;
  } catch {
    return false;
  }
}
