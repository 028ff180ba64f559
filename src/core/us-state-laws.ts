/**
 * The US states whose comprehensive consumer-privacy laws are in force, as ISO 3166-2 codes: the
 * `"US-STATE-LAWS"` preset of `regimes[].regions`. Each of these laws gives consumers the right to
 * opt out of the sale of personal data and of targeted advertising.
 *
 * Source: the statutes' effective dates, as listed by the IAPP "US State Privacy Legislation
 * Tracker". Checked 2026-11-30. Left out: Florida (its Digital Bill of Rights covers only businesses
 * with over $1 billion in revenue) and laws passed but not yet in force. Review this list when a law
 * takes effect; a site may always list the codes itself.
 */
export const US_STATE_LAWS: readonly string[] = [
  'US-CA', // California Consumer Privacy Act, as amended by the CPRA (2020; 2023)
  'US-VA', // Virginia Consumer Data Protection Act (2023-01-01)
  'US-CO', // Colorado Privacy Act (2023-07-01)
  'US-CT', // Connecticut Data Privacy Act (2023-07-01)
  'US-UT', // Utah Consumer Privacy Act (2023-12-31)
  'US-TX', // Texas Data Privacy and Security Act (2024-07-01)
  'US-OR', // Oregon Consumer Privacy Act (2024-07-01)
  'US-MT', // Montana Consumer Data Privacy Act (2024-10-01)
  'US-IA', // Iowa Consumer Data Protection Act (2025-01-01)
  'US-DE', // Delaware Personal Data Privacy Act (2025-01-01)
  'US-NE', // Nebraska Data Privacy Act (2025-01-01)
  'US-NH', // New Hampshire privacy law, SB 255 (2025-01-01)
  'US-NJ', // New Jersey Data Privacy Act (2025-01-15)
  'US-TN', // Tennessee Information Protection Act (2025-07-01)
  'US-MN', // Minnesota Consumer Data Privacy Act (2025-07-31)
  'US-MD', // Maryland Online Data Privacy Act (2025-10-01)
  'US-IN', // Indiana Consumer Data Protection Act (2026-01-01)
  'US-KY', // Kentucky Consumer Data Protection Act (2026-01-01)
  'US-RI', // Rhode Island Data Transparency and Privacy Protection Act (2026-01-01)
];
