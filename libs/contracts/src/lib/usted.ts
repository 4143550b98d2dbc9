/**
 * The platform speaks to people as "usted" (es-MX): the one test of a Spanish text for "tú" forms, shared by the web's
 * translations and the api's error messages. "Escribe …" asks "tú"; "mientras escribe" speaks of "usted", so
 * imperatives are told by their place in the sentence.
 */
const TU_WORDS = /\b(tu|tus|te|ti|puedes|quieres|tienes|estás|elige|dejaste|dejarás)\b/i;
const TU_IMPERATIVE = /(^|[.;:¿¡]\s*)(Escribe|Selecciona|Revisa|Intenta|Espera|Vuelve|Inicia|Recarga)\b|\b(revisa|recarga|inténtalo)\b/;

export function addressesAsTu(text: string): boolean {
  return TU_WORDS.test(text) || TU_IMPERATIVE.test(text);
}
