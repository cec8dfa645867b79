/// Word lists the sentence splitter consults at a dot. Built once; looked up only at dots.
enum Abbreviations {
    /// Titles before a name: a dot after them never ends a sentence ("Gen. Smith", "Mr. Kim").
    static let titles = WordTable<Bool>(words: [
        "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
        "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "rear", "sen", "rep", "gov", "pres", "amb", "rev",
        "fr", "hon", "sr", "sra", "st", "supt", "insp", "det", "atty", "gens", "lt-gen", "maj-gen",
    ])

    /// Month abbreviations: no break before a number ("Oct. 8"), a break before a capital.
    static let months = WordTable<Bool>(words: [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])

    /// Abbreviations that take a number after them ("No. 2", "Art. 5", "p. 12").
    static let beforeNumbers = WordTable<Bool>(words: [
        "no", "nos", "art", "p", "pp", "vol", "fig", "para", "sec", "ch", "ref", "tel", "ext", "approx", "ca",
    ])

    /// Abbreviations that may end a sentence but usually do not ("Apple Inc. said").
    static let other = WordTable<Bool>(words: [
        "inc", "corp", "co", "ltd", "llc", "plc", "bros", "jr", "etc", "vs", "al", "dept", "univ", "assn",
        "ave", "blvd", "rd", "mt", "ft", "est", "govt", "intl", "natl", "e.g", "i.e", "cf", "viz", "mln", "bln",
    ])

    /// Capitalized words that very often start a sentence: after an ambiguous dot (an
    /// initialism, "Inc.", a single initial) they tip the decision to a break.
    static let sentenceStarters = WordTable<Bool>(words: [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our",
        "this", "that", "these", "those", "there", "but", "and", "or", "so", "yet", "in", "on", "at", "for",
        "after", "before", "when", "while", "if", "as", "meanwhile", "however", "also", "some", "many",
        "most", "according", "since", "both", "no", "not", "one", "two", "three", "last", "earlier", "later",
        "then", "now", "today", "yesterday", "what", "who", "why", "how", "where", "despite", "although",
        "though", "under", "with", "without", "by", "from", "to", "of", "all", "each", "every", "other",
        "such", "officials", "analysts", "police",
    ])
}
