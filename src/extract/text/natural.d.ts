// natural's root module takes 1.5 s to import and prints dotenv lines to stdout
// (shared/spec/dependencies.md), so only its leaf modules are imported; they ship no types.
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /** Jaro–Winkler similarity in [0, 1] (1 = identical), despite the name. */
  const jaroWinkler: (s1: string, s2: string, options?: { ignoreCase?: boolean }) => number;
  export default jaroWinkler;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const porterStemmer: { stem(token: string): string };
  export default porterStemmer;
}
