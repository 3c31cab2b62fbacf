// natural's root module is slow to import and prints to stdout (shared/spec/dependencies.md):
// only the TF-IDF leaf module is imported, and it ships no types of its own at that path.
declare module 'natural/lib/natural/tfidf/tfidf.js' {
  class TfIdf {
    addDocument(document: string[]): void;
    /** 1 + ln(N / (1 + documents holding the term)). */
    idf(term: string): number;
  }
  export default TfIdf;
}
