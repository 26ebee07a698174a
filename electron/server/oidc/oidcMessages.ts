/** The Swedish messages of an OIDC sign-in that did not succeed, said once (a user reads them on the sign-in page). */
export const OIDC_MESSAGES = {
  unreachable: 'Kommunens inloggningstjänst svarar inte. Försök igen om en stund.',
  denied: 'Kommunens inloggningstjänst godkände inte inloggningen. Försök igen eller kontakta kommunens IT-stöd.',
  stateMismatch: 'Inloggningen kunde inte kontrolleras. Börja om inloggningen från början.',
  expired: 'Inloggningen tog för lång tid. Börja om inloggningen från början.',
  invalidAnswer: 'Kommunens inloggningstjänst gav ett svar som inte kunde kontrolleras. Börja om inloggningen från början.',
  insecureIssuer: 'Inloggningstjänstens adress (issuer) måste börja med https://. Bara en tjänst på den egna datorn (127.0.0.1) får använda http://.',
  badIssuer: 'Inloggningstjänstens adress (issuer) är inte en giltig webbadress.',
} as const;
